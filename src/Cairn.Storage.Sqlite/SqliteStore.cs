using Cairn.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite;

/// <summary>
/// The embedded durable store: one SQLite database in WAL mode. One writer connection (commits and
/// state machine changes, serialised by a lock) and pooled reader connections, which WAL lets run
/// beside the writer.
/// </summary>
public sealed partial class SqliteStore : IStepFunctionsStore, IDisposable
{
    private readonly object _writeLock = new();
    private readonly SqliteConnection _writer;
    private readonly string _readConnectionString;
    private readonly CommitCommands _commit;
    private SqliteTransaction? _transaction;

    public SqliteStore(SqliteStoreOptions options)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        Path = options.Path;
        var builder = new SqliteConnectionStringBuilder { DataSource = options.Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        _writer = new SqliteConnection(builder.ToString());
        try
        {
            _writer.Open();
            Execute(_writer, "PRAGMA journal_mode = WAL;");
            Execute(_writer, $"PRAGMA synchronous = {(options.Synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")};");
            Execute(_writer, "PRAGMA foreign_keys = ON;");
            Schema.Upgrade(_writer);
        }
        catch
        {
            _writer.Dispose();
            throw;
        }

        builder.Mode = SqliteOpenMode.ReadWrite;
        _readConnectionString = builder.ToString();
        _commit = new CommitCommands(_writer);
    }

    public string Path { get; }

    public void Dispose()
    {
        lock (_writeLock)
        {
            _commit.Dispose();
            _writer.Dispose();
        }
    }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Starts a write transaction on the writer connection (the write lock must be held).</summary>
    private SqliteTransaction BeginWrite()
    {
        _transaction = _writer.BeginTransaction();
        return _transaction;
    }

    /// <summary>A command on the writer connection, in the current write transaction.</summary>
    private SqliteCommand WriterCommand(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Command(_writer, sql, parameters);
        command.Transaction = _transaction;
        return command;
    }

    private static long Ticks(DateTimeOffset time) => time.UtcTicks;

    private static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
