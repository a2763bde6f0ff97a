using Cairn.Engine.Execution;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite;

/// <summary>Map Runs' child executions: written with their execution's batch, listed by Map Run.</summary>
public sealed partial class SqliteStore
{
    private const string MapRunExecutionColumns =
        "position, arn, map_run_arn, state_machine_arn, name, item_index, status, start_date, stop_date, item_count, redrive_count, redrive_date";

    public IReadOnlyList<(long Position, MapRunExecutionRecord Execution)> ListMapRunExecutions(string mapRunArn, ExecutionStatus? status, bool? redriven, long after, int limit)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            $"""
            SELECT {MapRunExecutionColumns} FROM map_run_executions
            WHERE map_run_arn = $mapRun AND ($after = 0 OR position < $after) AND ($status IS NULL OR status = $status)
              AND ($redriven IS NULL OR (redrive_count > 0) = $redriven)
            ORDER BY position DESC LIMIT $limit
            """,
            ("$mapRun", mapRunArn),
            ("$after", after),
            ("$status", status?.ToString()),
            ("$redriven", redriven is { } r ? (r ? 1 : 0) : null),
            ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<(long, MapRunExecutionRecord)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), ReadMapRunExecution(reader)));
        }

        return list;
    }

    /// <summary>Inserts or replaces the Map Runs' child executions of a batch, in the commit's transaction.</summary>
    private void SaveMapRunExecutions(Engine.Storage.ExecutionCommit commit)
    {
        if (commit.MapRunExecutions is not { Count: > 0 } children)
        {
            return;
        }

        foreach (var child in children)
        {
            using var command = WriterCommand(
                """
                INSERT INTO map_run_executions (arn, map_run_arn, state_machine_arn, name, item_index, status, start_date, stop_date, item_count, redrive_count, redrive_date)
                VALUES ($arn, $mapRun, $machine, $name, $index, $status, $start, $stop, $items, $redriveCount, $redriveDate)
                ON CONFLICT (arn) DO UPDATE SET
                    status = excluded.status, stop_date = excluded.stop_date, item_count = excluded.item_count,
                    redrive_count = excluded.redrive_count, redrive_date = excluded.redrive_date
                """,
                ("$arn", child.ExecutionArn),
                ("$mapRun", child.MapRunArn),
                ("$machine", child.StateMachineArn),
                ("$name", child.Name),
                ("$index", child.Index),
                ("$status", child.Status),
                ("$start", Ticks(child.StartDate)),
                ("$stop", child.StopDate is { } stop ? Ticks(stop) : null),
                ("$items", child.ItemCount),
                ("$redriveCount", child.RedriveCount),
                ("$redriveDate", child.RedriveDate is { } redriven ? Ticks(redriven) : null));
            command.ExecuteNonQuery();
        }
    }

    private static MapRunExecutionRecord ReadMapRunExecution(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetInt32(5),
        reader.GetString(6),
        Time(reader.GetInt64(7)),
        reader.IsDBNull(8) ? null : Time(reader.GetInt64(8)),
        reader.GetInt32(9),
        reader.GetInt32(10),
        reader.IsDBNull(11) ? null : Time(reader.GetInt64(11)));
}
