using Cairn.Storage.Sqlite.Tests.Support;
using Cairn.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite.Tests;

/// <summary>A database from before versions and aliases is upgraded: its executions read back unqualified, and versions can be published.</summary>
public sealed class VersionSchemaUpgradeTests : IDisposable
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:old";
    private readonly TempFolder _folder = new();

    [Fact]
    public void ExecutionsOfAnOlderDatabaseKeepTheirDataAndGainNoQualifier()
    {
        var path = Path.Combine(_folder.Dir, "old.db");
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            Schema.Upgrade(connection, targetVersion: 2);
            using var insert = connection.CreateCommand();
            insert.CommandText = $$"""
                INSERT INTO revisions VALUES ('r1', '{{MachineArn}}', '{}', 'arn:aws:iam::123456789012:role/r', '{}', '{}', NULL, 0);
                INSERT INTO state_machines (arn, name, type, creation_date, revision_id) VALUES ('{{MachineArn}}', 'old', 'STANDARD', 0, 'r1');
                INSERT INTO executions (arn, state_machine_arn, revision_id, name, role_arn, start_date, input, entropy_seed, status)
                VALUES ('arn:aws:states:us-east-1:123456789012:execution:old:e1', '{{MachineArn}}', 'r1', 'e1', 'arn:aws:iam::123456789012:role/r', 0, '{}', 7, 'SUCCEEDED');
                """;
            insert.ExecuteNonQuery();
        }

        using var store = new SqliteStore(new SqliteStoreOptions { Path = path });
        var execution = store.GetExecution("arn:aws:states:us-east-1:123456789012:execution:old:e1")!;
        Assert.Equal(("e1", 7), (execution.Name, execution.EntropySeed));
        Assert.Null(execution.StateMachineVersionArn);
        Assert.Null(execution.StateMachineAliasArn);
        Assert.Equal(["e1"], store.ListExecutions(MachineArn, null, 0, 10).Select(e => e.Execution.Name));
        Assert.Empty(store.ListExecutions(MachineArn + ":1", null, 0, 10));
        Assert.Equal(MachineArn + ":1", store.PublishVersion(MachineArn, "r1", null, DateTimeOffset.UnixEpoch, out _).Arn);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
