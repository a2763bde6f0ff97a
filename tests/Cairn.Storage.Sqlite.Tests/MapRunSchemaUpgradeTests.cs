using Cairn.Storage.Sqlite.Tests.Support;
using Cairn.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite.Tests;

/// <summary>A database from before Map Run redrives is upgraded: its Map Runs read back as never redriven.</summary>
public sealed class MapRunSchemaUpgradeTests : IDisposable
{
    private const string MapRunArn = "arn:aws:states:us-east-1:123456789012:mapRun:old/items:0d6a2f1c-0000-4000-8000-000000000001";
    private readonly TempFolder _folder = new();

    [Fact]
    public void MapRunsOfAnOlderDatabaseKeepTheirCountsAndHaveNoRedrives()
    {
        var path = Path.Combine(_folder.Dir, "old.db");
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            Schema.Upgrade(connection, targetVersion: 6);
            using var insert = connection.CreateCommand();
            insert.CommandText = $"""
                INSERT INTO map_runs (arn, execution_arn, state_machine_arn, start_date, stop_date, status, max_concurrency, tolerated_failure_count, tolerated_failure_percentage,
                                      pending, running, succeeded, failed, timed_out, aborted, total, results_written)
                VALUES ('{MapRunArn}', 'arn:aws:states:us-east-1:123456789012:execution:old:e1', 'arn:aws:states:us-east-1:123456789012:stateMachine:old/items',
                        0, 10, 'FAILED', 2, 1, 0, 3, 0, 4, 2, 0, 1, 10, 4);
                """;
            insert.ExecuteNonQuery();
        }

        using var store = new SqliteStore(new SqliteStoreOptions { Path = path });
        var run = store.GetMapRun(MapRunArn)!;
        Assert.Equal(("FAILED", 2), (run.Status, run.MaxConcurrency));
        Assert.Equal(new Cairn.Engine.Execution.MapRunCounts(3, 0, 4, 2, 0, 1, 10, 4), run.ItemCounts);
        Assert.Equal(0, run.RedriveCount);
        Assert.Null(run.RedriveDate);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
