using Cairn.Engine.Storage;
using Cairn.Storage.Sqlite.Tests.Support;
using Cairn.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite.Tests;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void ANewDatabaseIsCreatedInWalModeAtTheLatestVersion()
    {
        var path = Path.Combine(_folder.Dir, "nested", "cairn.db");
        using (new SqliteStore(new SqliteStoreOptions { Path = path }))
        {
        }

        using var connection = Open(path);
        Assert.Equal(Schema.LatestVersion, Schema.CurrentVersion(connection));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void AnOlderDatabaseIsUpgradedKeepingItsData()
    {
        var path = Path.Combine(_folder.Dir, "old.db");
        using (var connection = Open(path))
        {
            Schema.Upgrade(connection, targetVersion: 1);
            Assert.Equal(1, Schema.CurrentVersion(connection));
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO revisions VALUES ('r1', 'arn:aws:states:us-east-1:123456789012:stateMachine:old', '{}', 'arn:aws:iam::123456789012:role/r', '{}', '{}', NULL, 0);
                INSERT INTO state_machines (arn, name, type, creation_date, revision_id) VALUES ('arn:aws:states:us-east-1:123456789012:stateMachine:old', 'old', 'STANDARD', 0, 'r1');
                """;
            insert.ExecuteNonQuery();
        }

        using (var store = new SqliteStore(new SqliteStoreOptions { Path = path }))
        {
            var arn = "arn:aws:states:us-east-1:123456789012:stateMachine:old";
            Assert.Equal("old", store.GetStateMachine(arn)!.Name);
            store.Tag(arn, [new("added", "after upgrade")]);
            Assert.Equal("after upgrade", store.GetTags(arn).Single().Value);
        }

        using var check = Open(path);
        Assert.Equal(Schema.LatestVersion, Schema.CurrentVersion(check));
    }

    [Fact]
    public void ADatabaseFromANewerVersionIsRefused()
    {
        var path = Path.Combine(_folder.Dir, "future.db");
        using (var connection = Open(path))
        {
            Scalar(connection, $"PRAGMA user_version = {Schema.LatestVersion + 1};");
        }

        Assert.Throws<InvalidOperationException>(() => new SqliteStore(new SqliteStoreOptions { Path = path }));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        return connection;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
