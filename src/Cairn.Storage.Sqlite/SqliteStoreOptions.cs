namespace Cairn.Storage.Sqlite;

/// <summary>Where and how durably the SQLite store writes.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file; created with its schema on first use.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// SQLite's <c>synchronous</c> setting in WAL mode. <see cref="SqliteSynchronous.Normal"/>
    /// (default): every commit survives a crash of the process; a power loss may lose the last
    /// commits. <see cref="SqliteSynchronous.Full"/>: every commit is flushed to disk before it is
    /// acknowledged.
    /// </summary>
    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Normal;
}

public enum SqliteSynchronous
{
    Normal,
    Full,
}
