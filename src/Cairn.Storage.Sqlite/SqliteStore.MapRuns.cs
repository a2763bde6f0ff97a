using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite;

/// <summary>Map Runs: written with their execution's batch, read by ARN or by execution.</summary>
public sealed partial class SqliteStore
{
    private const string MapRunColumns =
        "position, arn, execution_arn, state_machine_arn, start_date, stop_date, status, max_concurrency, tolerated_failure_count, tolerated_failure_percentage, pending, running, succeeded, failed, timed_out, aborted, total, results_written, " +
        "failures_not_redrivable, pending_redrive, redrive_count, redrive_date";

    public MapRunRecord? GetMapRun(string mapRunArn)
    {
        using var connection = OpenReader();
        using var command = Command(connection, $"SELECT {MapRunColumns} FROM map_runs WHERE arn = $arn", ("$arn", mapRunArn));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadMapRun(reader) : null;
    }

    public IReadOnlyList<(long Position, MapRunRecord MapRun)> ListMapRuns(string executionArn, long after, int limit)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            $"SELECT {MapRunColumns} FROM map_runs WHERE execution_arn = $execution AND ($after = 0 OR position < $after) ORDER BY position DESC LIMIT $limit",
            ("$execution", executionArn),
            ("$after", after),
            ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<(long, MapRunRecord)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), ReadMapRun(reader)));
        }

        return list;
    }

    /// <summary>Inserts or replaces the Map Runs of a batch, in the commit's transaction.</summary>
    private void SaveMapRuns(ExecutionCommit commit)
    {
        if (commit.MapRuns is not { Count: > 0 } runs)
        {
            return;
        }

        foreach (var run in runs)
        {
            var counts = run.ItemCounts;
            using var command = WriterCommand(
                """
                INSERT INTO map_runs (arn, execution_arn, state_machine_arn, start_date, stop_date, status, max_concurrency, tolerated_failure_count, tolerated_failure_percentage,
                                      pending, running, succeeded, failed, timed_out, aborted, total, results_written,
                                      failures_not_redrivable, pending_redrive, redrive_count, redrive_date)
                VALUES ($arn, $execution, $machine, $start, $stop, $status, $concurrency, $count, $percentage, $pending, $running, $succeeded, $failed, $timedOut, $aborted, $total, $written,
                        $notRedrivable, $pendingRedrive, $redriveCount, $redriveDate)
                ON CONFLICT (arn) DO UPDATE SET
                    stop_date = excluded.stop_date, status = excluded.status, max_concurrency = excluded.max_concurrency,
                    tolerated_failure_count = excluded.tolerated_failure_count, tolerated_failure_percentage = excluded.tolerated_failure_percentage,
                    pending = excluded.pending, running = excluded.running, succeeded = excluded.succeeded, failed = excluded.failed,
                    timed_out = excluded.timed_out, aborted = excluded.aborted, total = excluded.total, results_written = excluded.results_written,
                    failures_not_redrivable = excluded.failures_not_redrivable, pending_redrive = excluded.pending_redrive,
                    redrive_count = excluded.redrive_count, redrive_date = excluded.redrive_date
                """,
                ("$arn", run.MapRunArn),
                ("$execution", run.ExecutionArn),
                ("$machine", run.StateMachineArn),
                ("$start", Ticks(run.StartDate)),
                ("$stop", run.StopDate is { } stop ? Ticks(stop) : null),
                ("$status", run.Status),
                ("$concurrency", run.MaxConcurrency),
                ("$count", run.ToleratedFailureCount),
                ("$percentage", run.ToleratedFailurePercentage),
                ("$pending", counts.Pending),
                ("$running", counts.Running),
                ("$succeeded", counts.Succeeded),
                ("$failed", counts.Failed),
                ("$timedOut", counts.TimedOut),
                ("$aborted", counts.Aborted),
                ("$total", counts.Total),
                ("$written", counts.ResultsWritten),
                ("$notRedrivable", counts.FailuresNotRedrivable),
                ("$pendingRedrive", counts.PendingRedrive),
                ("$redriveCount", run.RedriveCount),
                ("$redriveDate", run.RedriveDate is { } redriven ? Ticks(redriven) : null));
            command.ExecuteNonQuery();
        }
    }

    private static MapRunRecord ReadMapRun(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        Time(reader.GetInt64(4)),
        reader.IsDBNull(5) ? null : Time(reader.GetInt64(5)),
        reader.GetString(6),
        reader.GetInt32(7),
        reader.GetInt64(8),
        reader.GetDouble(9),
        new MapRunCounts(
            reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15), reader.GetInt64(16), reader.GetInt64(17),
            FailuresNotRedrivable: reader.GetInt64(18),
            PendingRedrive: reader.GetInt64(19)),
        reader.GetInt32(20),
        reader.IsDBNull(21) ? null : Time(reader.GetInt64(21)));
}
