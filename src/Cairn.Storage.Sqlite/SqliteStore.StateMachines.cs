using Cairn.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite;

/// <summary>State machines, revisions and tags.</summary>
public sealed partial class SqliteStore
{
    private const string MachineColumns =
        "m.position, m.arn, m.name, m.type, m.creation_date, r.revision_id, r.state_machine_arn, r.definition, r.role_arn, r.logging_configuration, r.tracing_configuration, r.description, r.created_at";

    public bool TryCreate(StateMachineRecord machine, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            using (var exists = WriterCommand("SELECT 1 FROM state_machines WHERE arn = $arn", ("$arn", machine.Arn)))
            {
                if (exists.ExecuteScalar() is not null)
                {
                    return false;
                }
            }

            InsertRevision(machine.Revision);
            using (var insert = WriterCommand(
                "INSERT INTO state_machines (arn, name, type, creation_date, revision_id) VALUES ($arn, $name, $type, $created, $revision)",
                ("$arn", machine.Arn),
                ("$name", machine.Name),
                ("$type", machine.Type.ToString()),
                ("$created", Ticks(machine.CreationDate)),
                ("$revision", machine.Revision.RevisionId)))
            {
                insert.ExecuteNonQuery();
            }

            using (var clear = WriterCommand("DELETE FROM tags WHERE resource_arn = $arn", ("$arn", machine.Arn)))
            {
                clear.ExecuteNonQuery();
            }

            TagLocked(machine.Arn, tags);
            transaction.Commit();
            return true;
        }
    }

    public StateMachineRecord? GetStateMachine(string arn)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            $"SELECT {MachineColumns} FROM state_machines m JOIN revisions r ON r.revision_id = m.revision_id WHERE m.arn = $arn",
            ("$arn", arn));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadMachine(reader) : null;
    }

    public bool Update(string arn, StateMachineRevision revision)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            InsertRevision(revision);
            using var update = WriterCommand("UPDATE state_machines SET revision_id = $revision WHERE arn = $arn", ("$revision", revision.RevisionId), ("$arn", arn));
            if (update.ExecuteNonQuery() == 0)
            {
                transaction.Rollback();
                return false;
            }

            transaction.Commit();
            return true;
        }
    }

    public bool Delete(string arn)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            using var delete = WriterCommand("DELETE FROM state_machines WHERE arn = $arn", ("$arn", arn));
            var deleted = delete.ExecuteNonQuery() > 0;
            using var untag = WriterCommand("DELETE FROM tags WHERE resource_arn = $arn", ("$arn", arn));
            untag.ExecuteNonQuery();
            transaction.Commit();
            return deleted;
        }
    }

    public IReadOnlyList<(long Position, StateMachineRecord Machine)> ListStateMachines(long after, int limit)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            $"SELECT {MachineColumns} FROM state_machines m JOIN revisions r ON r.revision_id = m.revision_id WHERE m.position > $after ORDER BY m.position LIMIT $limit",
            ("$after", after),
            ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<(long, StateMachineRecord)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), ReadMachine(reader)));
        }

        return list;
    }

    public StateMachineRevision? GetRevision(string revisionId)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            "SELECT revision_id, state_machine_arn, definition, role_arn, logging_configuration, tracing_configuration, description, created_at FROM revisions WHERE revision_id = $id",
            ("$id", revisionId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadRevision(reader, 0) : null;
    }

    public IReadOnlyList<KeyValuePair<string, string>> GetTags(string resourceArn)
    {
        using var connection = OpenReader();
        using var command = Command(connection, "SELECT key, value FROM tags WHERE resource_arn = $arn ORDER BY position", ("$arn", resourceArn));
        using var reader = command.ExecuteReader();
        var tags = new List<KeyValuePair<string, string>>();
        while (reader.Read())
        {
            tags.Add(new(reader.GetString(0), reader.GetString(1)));
        }

        return tags;
    }

    public void Tag(string resourceArn, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            TagLocked(resourceArn, tags);
            transaction.Commit();
        }
    }

    public void Untag(string resourceArn, IReadOnlyList<string> keys)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            using var delete = WriterCommand("DELETE FROM tags WHERE resource_arn = $arn AND key = $key", ("$arn", resourceArn), ("$key", string.Empty));
            foreach (var key in keys)
            {
                delete.Parameters["$key"].Value = key;
                delete.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private void TagLocked(string resourceArn, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        if (tags.Count == 0)
        {
            return;
        }

        using var upsert = WriterCommand(
            """
            INSERT INTO tags (resource_arn, key, value, position)
            VALUES ($arn, $key, $value, (SELECT COALESCE(MAX(position), 0) + 1 FROM tags WHERE resource_arn = $arn))
            ON CONFLICT (resource_arn, key) DO UPDATE SET value = excluded.value
            """,
            ("$arn", resourceArn),
            ("$key", string.Empty),
            ("$value", string.Empty));
        foreach (var tag in tags)
        {
            upsert.Parameters["$key"].Value = tag.Key;
            upsert.Parameters["$value"].Value = tag.Value;
            upsert.ExecuteNonQuery();
        }
    }

    private void InsertRevision(StateMachineRevision revision)
    {
        using var insert = WriterCommand(
            """
            INSERT INTO revisions (revision_id, state_machine_arn, definition, role_arn, logging_configuration, tracing_configuration, description, created_at)
            VALUES ($id, $arn, $definition, $role, $logging, $tracing, $description, $created)
            """,
            ("$id", revision.RevisionId),
            ("$arn", revision.StateMachineArn),
            ("$definition", revision.Definition),
            ("$role", revision.RoleArn),
            ("$logging", revision.LoggingConfiguration),
            ("$tracing", revision.TracingConfiguration),
            ("$description", revision.Description),
            ("$created", Ticks(revision.CreatedAt)));
        insert.ExecuteNonQuery();
    }

    private static StateMachineRecord ReadMachine(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<StateMachineKind>(reader.GetString(3)),
        Time(reader.GetInt64(4)),
        ReadRevision(reader, 5));

    private static StateMachineRevision ReadRevision(SqliteDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3),
        reader.GetString(first + 4),
        reader.GetString(first + 5),
        NullableString(reader, first + 6),
        Time(reader.GetInt64(first + 7)));
}
