using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite;

/// <summary>Reading executions, their history, input logs and timers.</summary>
public sealed partial class SqliteStore
{
    private const string ExecutionColumns =
        "position, arn, state_machine_arn, revision_id, name, role_arn, start_date, input, entropy_seed, test_case, status, stop_date, output, error, cause, event_count, version_arn, alias_arn, redrive_count, redrive_date, log_format";

    public ExecutionRecord? GetExecution(string executionArn)
    {
        using var connection = OpenReader();
        using var command = Command(connection, $"SELECT {ExecutionColumns} FROM executions WHERE arn = $arn", ("$arn", executionArn));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadExecution(reader) : null;
    }

    public IReadOnlyList<(long Position, ExecutionRecord Execution)> ListExecutions(string stateMachineArn, ExecutionStatus? status, long after, int limit, bool? redriven = null)
    {
        var qualified = Engine.Arns.StatesArn.TryParse(stateMachineArn, out var parsed, out _) && (parsed.IsVersion || parsed.IsAlias);
        var owner = qualified ? "(version_arn = $machine OR alias_arn = $machine)" : "state_machine_arn = $machine";
        using var connection = OpenReader();
        using var command = Command(
            connection,
            $"""
            SELECT {ExecutionColumns} FROM executions
            WHERE {owner} AND ($status IS NULL OR status = $status) AND ($after = 0 OR position < $after)
                AND ($redriven IS NULL OR (redrive_count > 0) = $redriven)
            ORDER BY position DESC LIMIT $limit
            """,
            ("$machine", stateMachineArn),
            ("$status", status?.ToString()),
            ("$after", after),
            ("$redriven", redriven),
            ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<(long, ExecutionRecord)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), ReadExecution(reader)));
        }

        return list;
    }

    public IReadOnlyList<StoredEvent> GetEvents(string executionArn, long afterId, int limit, bool reverse)
    {
        using var connection = OpenReader();
        var condition = reverse ? "($after = 0 OR e.id < $after) ORDER BY e.id DESC" : "e.id > $after ORDER BY e.id";
        using var command = Command(
            connection,
            $"""
            SELECT e.id, e.previous_event_id, e.timestamp, e.type, e.details_key, e.details
            FROM events e JOIN executions x ON x.position = e.execution
            WHERE x.arn = $arn AND {condition} LIMIT $limit
            """,
            ("$arn", executionArn),
            ("$after", afterId),
            ("$limit", limit));
        using var reader = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (reader.Read())
        {
            events.Add(new StoredEvent(reader.GetInt64(0), reader.GetInt64(1), Time(reader.GetInt64(2)), reader.GetString(3), NullableString(reader, 4), NullableString(reader, 5)));
        }

        return events;
    }

    public IReadOnlyList<ExecutionRecord> ListRunning()
    {
        using var connection = OpenReader();
        using var command = Command(connection, $"SELECT {ExecutionColumns} FROM executions WHERE status = 'RUNNING' ORDER BY position");
        using var reader = command.ExecuteReader();
        var list = new List<ExecutionRecord>();
        while (reader.Read())
        {
            list.Add(ReadExecution(reader));
        }

        return list;
    }

    public long CountRunning()
    {
        using var connection = OpenReader();
        using var command = Command(connection, "SELECT COUNT(*) FROM executions WHERE status = 'RUNNING'");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<InterpreterInput> GetInputs(string executionArn)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            """
            SELECT i.kind, i.time, i.command_id, i.output, i.error, i.cause, i.missing_activities
            FROM inputs i JOIN executions x ON x.position = i.execution
            WHERE x.arn = $arn ORDER BY i.sequence
            """,
            ("$arn", executionArn));
        using var reader = command.ExecuteReader();
        var inputs = new List<InterpreterInput>();
        while (reader.Read())
        {
            inputs.Add(new InterpreterInput(
                (InterpreterInputKind)reader.GetInt32(0),
                Time(reader.GetInt64(1)),
                reader.GetInt64(2),
                NullableString(reader, 3),
                NullableString(reader, 4),
                NullableString(reader, 5),
                StringList.FromJson(NullableString(reader, 6))));
        }

        return inputs;
    }

    public IReadOnlyList<TimerRecord> GetPendingTimers(string executionArn)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            "SELECT t.timer_id, t.due FROM timers t JOIN executions x ON x.position = t.execution WHERE x.arn = $arn ORDER BY t.timer_id",
            ("$arn", executionArn));
        using var reader = command.ExecuteReader();
        var timers = new List<TimerRecord>();
        while (reader.Read())
        {
            timers.Add(new TimerRecord(executionArn, reader.GetInt64(0), Time(reader.GetInt64(1))));
        }

        return timers;
    }

    private static ExecutionRecord ReadExecution(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        Time(reader.GetInt64(6)),
        reader.GetString(7),
        reader.GetInt32(8),
        NullableString(reader, 9),
        Enum.Parse<ExecutionStatus>(reader.GetString(10)),
        reader.IsDBNull(11) ? null : Time(reader.GetInt64(11)),
        NullableString(reader, 12),
        NullableString(reader, 13),
        NullableString(reader, 14),
        reader.GetInt64(15),
        NullableString(reader, 16),
        NullableString(reader, 17),
        reader.GetInt32(18),
        reader.IsDBNull(19) ? null : Time(reader.GetInt64(19)),
        reader.GetInt32(20));
}
