using Cairn.Engine.Storage;

namespace Cairn.Storage.Sqlite;

/// <summary>Activities and server secrets.</summary>
public sealed partial class SqliteStore
{
    public bool TryCreateActivity(ActivityRecord activity, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            using (var insert = WriterCommand(
                "INSERT INTO activities (arn, name, creation_date) VALUES ($arn, $name, $created) ON CONFLICT (arn) DO NOTHING",
                ("$arn", activity.Arn),
                ("$name", activity.Name),
                ("$created", Ticks(activity.CreationDate))))
            {
                if (insert.ExecuteNonQuery() == 0)
                {
                    return false;
                }
            }

            using (var clear = WriterCommand("DELETE FROM tags WHERE resource_arn = $arn", ("$arn", activity.Arn)))
            {
                clear.ExecuteNonQuery();
            }

            TagLocked(activity.Arn, tags);
            transaction.Commit();
            return true;
        }
    }

    public ActivityRecord? GetActivity(string arn)
    {
        using var connection = OpenReader();
        using var command = Command(connection, "SELECT arn, name, creation_date FROM activities WHERE arn = $arn", ("$arn", arn));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new ActivityRecord(reader.GetString(0), reader.GetString(1), Time(reader.GetInt64(2))) : null;
    }

    public bool DeleteActivity(string arn)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            using var delete = WriterCommand("DELETE FROM activities WHERE arn = $arn", ("$arn", arn));
            var deleted = delete.ExecuteNonQuery() > 0;
            using var untag = WriterCommand("DELETE FROM tags WHERE resource_arn = $arn", ("$arn", arn));
            untag.ExecuteNonQuery();
            transaction.Commit();
            return deleted;
        }
    }

    public IReadOnlyList<(long Position, ActivityRecord Activity)> ListActivities(long after, int limit)
    {
        using var connection = OpenReader();
        using var command = Command(
            connection,
            "SELECT position, arn, name, creation_date FROM activities WHERE position > $after ORDER BY position LIMIT $limit",
            ("$after", after),
            ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<(long, ActivityRecord)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), new ActivityRecord(reader.GetString(1), reader.GetString(2), Time(reader.GetInt64(3)))));
        }

        return list;
    }

    public byte[] GetOrCreateSecret(string name, Func<byte[]> create)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            using (var select = WriterCommand("SELECT value FROM server_secrets WHERE name = $name", ("$name", name)))
            {
                if (select.ExecuteScalar() is byte[] existing)
                {
                    return existing;
                }
            }

            var secret = create();
            using (var insert = WriterCommand("INSERT INTO server_secrets (name, value) VALUES ($name, $value)", ("$name", name), ("$value", secret)))
            {
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return secret;
        }
    }
}
