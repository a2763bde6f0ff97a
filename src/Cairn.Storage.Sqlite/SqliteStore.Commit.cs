using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite;

/// <summary>The group commit: many executions' batches in one transaction, tables touched in a fixed order.</summary>
public sealed partial class SqliteStore
{
    public void Commit(IReadOnlyList<ExecutionCommit> commits)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            try
            {
                _commit.Enlist(transaction);
                foreach (var commit in commits)
                {
                    _commit.Apply(commit);
                    SaveMapRuns(commit);
                    SaveMapRunExecutions(commit);
                }

                transaction.Commit();
            }
            finally
            {
                _transaction = null;
            }
        }
    }

    /// <summary>The prepared statements of a commit, reused for every batch.</summary>
    private sealed class CommitCommands : IDisposable
    {
        private readonly SqliteCommand _insertExecution;
        private readonly SqliteCommand _findExecution;
        private readonly SqliteCommand _insertInput;
        private readonly SqliteCommand _insertEvent;
        private readonly SqliteCommand _insertTimer;
        private readonly SqliteCommand _deleteTimer;
        private readonly SqliteCommand _deleteTimers;
        private readonly SqliteCommand _advance;
        private readonly SqliteCommand _end;
        private readonly SqliteCommand _redrive;
        private readonly SqliteCommand[] _all;

        public CommitCommands(SqliteConnection connection)
        {
            _insertExecution = Prepare(
                connection,
                """
                INSERT INTO executions (arn, state_machine_arn, revision_id, name, role_arn, start_date, input, entropy_seed, test_case, status, version_arn, alias_arn, log_format)
                VALUES ($arn, $machine, $revision, $name, $role, $start, $input, $seed, $testCase, 'RUNNING', $version, $alias, $format) RETURNING position
                """,
                "$arn", "$machine", "$revision", "$name", "$role", "$start", "$input", "$seed", "$testCase", "$version", "$alias", "$format");
            _findExecution = Prepare(connection, "SELECT position, input_count, status FROM executions WHERE arn = $arn", "$arn");
            _insertInput = Prepare(
                connection,
                "INSERT INTO inputs (execution, sequence, kind, time, command_id, output, error, cause, missing_activities) VALUES ($execution, $sequence, $kind, $time, $command, $output, $error, $cause, $missing)",
                "$execution", "$sequence", "$kind", "$time", "$command", "$output", "$error", "$cause", "$missing");
            _insertEvent = Prepare(
                connection,
                "INSERT INTO events (execution, id, previous_event_id, timestamp, type, details_key, details) VALUES ($execution, $id, $previous, $timestamp, $type, $key, $details)",
                "$execution", "$id", "$previous", "$timestamp", "$type", "$key", "$details");
            _insertTimer = Prepare(connection, "INSERT INTO timers (execution, timer_id, due) VALUES ($execution, $timer, $due)", "$execution", "$timer", "$due");
            _deleteTimer = Prepare(connection, "DELETE FROM timers WHERE execution = $execution AND timer_id = $timer", "$execution", "$timer");
            _deleteTimers = Prepare(connection, "DELETE FROM timers WHERE execution = $execution", "$execution");
            _advance = Prepare(
                connection,
                "UPDATE executions SET event_count = event_count + $events, input_count = input_count + 1 WHERE position = $execution",
                "$events", "$execution");
            _end = Prepare(
                connection,
                "UPDATE executions SET status = $status, stop_date = $stop, output = $output, error = $error, cause = $cause WHERE position = $execution",
                "$status", "$stop", "$output", "$error", "$cause", "$execution");
            _redrive = Prepare(
                connection,
                "UPDATE executions SET status = 'RUNNING', stop_date = NULL, output = NULL, error = NULL, cause = NULL, redrive_count = $count, redrive_date = $date WHERE position = $execution",
                "$count", "$date", "$execution");
            _all = [_insertExecution, _findExecution, _insertInput, _insertEvent, _insertTimer, _deleteTimer, _deleteTimers, _advance, _end, _redrive];
        }

        public void Enlist(SqliteTransaction transaction)
        {
            foreach (var command in _all)
            {
                command.Transaction = transaction;
            }
        }

        public void Apply(ExecutionCommit commit)
        {
            var execution = commit.Created is { } created ? Insert(created) : Find(commit);
            var input = commit.Input;
            Run(_insertInput, execution, commit.InputSequence, (int)input.Kind, Ticks(input.Time), input.CommandId, input.Output, input.Error, input.Cause, StringList.ToJson(input.MissingActivities));
            foreach (var e in commit.Events)
            {
                Run(_insertEvent, execution, e.Id, e.PreviousEventId, Ticks(e.Timestamp), e.Type, e.DetailsKey, e.DetailsJson);
            }

            foreach (var timer in commit.TimersStarted)
            {
                Run(_insertTimer, execution, timer.TimerId, Ticks(timer.Due));
            }

            if (commit.TimerFired is { } fired)
            {
                Run(_deleteTimer, execution, fired);
            }

            Run(_advance, commit.Events.Count, execution);
            if (commit.Redriven is { } redriven)
            {
                Run(_redrive, redriven.RedriveCount, Ticks(redriven.RedriveDate), execution);
            }

            if (commit.Outcome is { } outcome)
            {
                Run(_end, outcome.Status.ToString(), Ticks(outcome.StopDate), outcome.Output?.ToJson(), outcome.Error, outcome.Cause, execution);
                Run(_deleteTimers, execution);
            }
        }

        public void Dispose()
        {
            foreach (var command in _all)
            {
                command.Dispose();
            }
        }

        private long Insert(ExecutionRecord record)
        {
            Bind(_insertExecution, record.ExecutionArn, record.StateMachineArn, record.RevisionId, record.Name, record.RoleArn, Ticks(record.StartDate), record.InputText, record.EntropySeed, record.TestCase, record.StateMachineVersionArn, record.StateMachineAliasArn, record.LogFormat);
            return (long)_insertExecution.ExecuteScalar()!;
        }

        /// <summary>The execution's row; the batch must continue its log exactly and the execution must still run (or be redriven by the batch).</summary>
        private long Find(ExecutionCommit commit)
        {
            Bind(_findExecution, commit.ExecutionArn);
            using var reader = _findExecution.ExecuteReader();
            if (!reader.Read())
            {
                throw new InvalidOperationException($"Execution {commit.ExecutionArn} does not exist");
            }

            var (position, logLength, status) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
            // A redrive continues the log of an execution that has ended.
            if (logLength != commit.InputSequence || (status != nameof(ExecutionStatus.RUNNING) && commit.Redriven is null))
            {
                throw new InvalidOperationException($"Input {commit.InputSequence} of {commit.ExecutionArn} does not continue its log ({logLength} inputs, {status})");
            }

            return position;
        }

        private static void Run(SqliteCommand command, params object?[] values)
        {
            Bind(command, values);
            command.ExecuteNonQuery();
        }

        private static void Bind(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
        }

        private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            return command;
        }
    }
}
