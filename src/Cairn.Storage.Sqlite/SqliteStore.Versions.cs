using System.Text.Json;
using Cairn.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite;

/// <summary>State machine versions and aliases.</summary>
public sealed partial class SqliteStore
{
    private const string VersionColumns = "arn, state_machine_arn, version, revision_id, description, creation_date";
    private const string AliasColumns = "position, arn, state_machine_arn, name, description, routing_configuration, creation_date, update_date";

    public StateMachineVersionRecord PublishVersion(string stateMachineArn, string revisionId, string? description, DateTimeOffset now, out bool created)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            try
            {
                using (var existing = WriterCommand(
                    $"SELECT {VersionColumns} FROM versions WHERE state_machine_arn = $machine AND revision_id = $revision ORDER BY version DESC LIMIT 1",
                    ("$machine", stateMachineArn),
                    ("$revision", revisionId)))
                using (var reader = existing.ExecuteReader())
                {
                    if (reader.Read())
                    {
                        created = false;
                        return ReadVersion(reader);
                    }
                }

                long number;
                using (var next = WriterCommand(
                    """
                    INSERT INTO version_counters (state_machine_arn, last_version) VALUES ($machine, 1)
                    ON CONFLICT (state_machine_arn) DO UPDATE SET last_version = last_version + 1
                    RETURNING last_version
                    """,
                    ("$machine", stateMachineArn)))
                {
                    number = (long)next.ExecuteScalar()!;
                }

                var version = new StateMachineVersionRecord(Engine.Arns.StatesArn.Parse(stateMachineArn).Version(number), stateMachineArn, number, revisionId, description, now);
                using (var insert = WriterCommand(
                    $"INSERT INTO versions ({VersionColumns}) VALUES ($arn, $machine, $version, $revision, $description, $created)",
                    ("$arn", version.Arn),
                    ("$machine", stateMachineArn),
                    ("$version", number),
                    ("$revision", revisionId),
                    ("$description", description),
                    ("$created", Ticks(now))))
                {
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
                created = true;
                return version;
            }
            finally
            {
                _transaction = null;
            }
        }
    }

    public StateMachineVersionRecord? GetVersion(string versionArn)
    {
        using var connection = OpenReader();
        using var command = Command(connection, $"SELECT {VersionColumns} FROM versions WHERE arn = $arn", ("$arn", versionArn));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadVersion(reader) : null;
    }

    public IReadOnlyList<StateMachineVersionRecord> ListVersions(string stateMachineArn, long before, int limit)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            $"SELECT {VersionColumns} FROM versions WHERE state_machine_arn = $machine AND ($before = 0 OR version < $before) ORDER BY version DESC LIMIT $limit",
            ("$machine", stateMachineArn),
            ("$before", before),
            ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<StateMachineVersionRecord>();
        while (reader.Read())
        {
            list.Add(ReadVersion(reader));
        }

        return list;
    }

    public bool DeleteVersion(string versionArn) => WriteOne("DELETE FROM versions WHERE arn = $arn", ("$arn", versionArn));

    public bool TryCreateAlias(StateMachineAliasRecord alias)
    {
        lock (_writeLock)
        {
            using var command = Command(
                _writer,
                """
                INSERT INTO aliases (arn, state_machine_arn, name, description, routing_configuration, creation_date, update_date)
                VALUES ($arn, $machine, $name, $description, $routing, $created, $updated) ON CONFLICT (arn) DO NOTHING
                """,
                AliasParameters(alias));
            return command.ExecuteNonQuery() > 0;
        }
    }

    public StateMachineAliasRecord? GetAlias(string aliasArn)
    {
        using var connection = OpenReader();
        using var command = Command(connection, $"SELECT {AliasColumns} FROM aliases WHERE arn = $arn", ("$arn", aliasArn));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadAlias(reader) : null;
    }

    public bool UpdateAlias(StateMachineAliasRecord alias) => WriteOne(
        "UPDATE aliases SET description = $description, routing_configuration = $routing, update_date = $updated WHERE arn = $arn",
        AliasParameters(alias));

    public bool DeleteAlias(string aliasArn) => WriteOne("DELETE FROM aliases WHERE arn = $arn", ("$arn", aliasArn));

    public IReadOnlyList<(long Position, StateMachineAliasRecord Alias)> ListAliases(string stateMachineArn, long after, int limit)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            $"SELECT {AliasColumns} FROM aliases WHERE state_machine_arn = $machine AND position > $after ORDER BY position LIMIT $limit",
            ("$machine", stateMachineArn),
            ("$after", after),
            ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<(long, StateMachineAliasRecord)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), ReadAlias(reader)));
        }

        return list;
    }

    public void DeleteVersionsAndAliases(string stateMachineArn)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            try
            {
                foreach (var table in (string[])["versions", "version_counters", "aliases"])
                {
                    using var delete = WriterCommand($"DELETE FROM {table} WHERE state_machine_arn = $machine", ("$machine", stateMachineArn));
                    delete.ExecuteNonQuery();
                }

                transaction.Commit();
            }
            finally
            {
                _transaction = null;
            }
        }
    }

    /// <summary>One statement on the writer connection; true when it changed a row.</summary>
    private bool WriteOne(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_writeLock)
        {
            using var command = Command(_writer, sql, parameters);
            return command.ExecuteNonQuery() > 0;
        }
    }

    private static (string, object?)[] AliasParameters(StateMachineAliasRecord alias) =>
    [
        ("$arn", alias.Arn),
        ("$machine", alias.StateMachineArn),
        ("$name", alias.Name),
        ("$description", alias.Description),
        ("$routing", JsonSerializer.Serialize(alias.RoutingConfiguration)),
        ("$created", Ticks(alias.CreationDate)),
        ("$updated", Ticks(alias.UpdateDate)),
    ];

    private static StateMachineVersionRecord ReadVersion(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetString(3),
        NullableString(reader, 4),
        Time(reader.GetInt64(5)));

    private static StateMachineAliasRecord ReadAlias(SqliteDataReader reader)
    {
        return new StateMachineAliasRecord(
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            NullableString(reader, 4),
            JsonSerializer.Deserialize<List<AliasRoute>>(reader.GetString(5)) ?? [],
            Time(reader.GetInt64(6)),
            Time(reader.GetInt64(7)));
    }
}
