using Cairn.Integrations.Http;
using Cairn.Json;

namespace Cairn.Storage.Sqlite;

/// <summary>EventBridge connections, each kept as its JSON document (secrets included, as in the data folder's other files).</summary>
public sealed partial class SqliteStore : IConnectionStore
{
    public Connection? GetConnection(string name)
    {
        using var connection = OpenReader();
        using var command = Command(connection, "SELECT document FROM connections WHERE name = $name", ("$name", name));
        return command.ExecuteScalar() is string json ? Connection.FromDocument((JObject)JValue.Parse(json)) : null;
    }

    public IReadOnlyList<Connection> ListConnections()
    {
        using var connection = OpenReader();
        using var command = Command(connection, "SELECT document FROM connections ORDER BY name");
        using var reader = command.ExecuteReader();
        var all = new List<Connection>();
        while (reader.Read())
        {
            all.Add(Connection.FromDocument((JObject)JValue.Parse(reader.GetString(0))));
        }

        return all;
    }

    public bool TryCreateConnection(Connection connection) =>
        Write("INSERT INTO connections (name, document) VALUES ($name, $document) ON CONFLICT (name) DO NOTHING",
            ("$name", connection.Name), ("$document", connection.ToDocument().ToJson())) > 0;

    public bool UpdateConnection(Connection connection) =>
        Write("UPDATE connections SET document = $document WHERE name = $name",
            ("$name", connection.Name), ("$document", connection.ToDocument().ToJson())) > 0;

    public bool DeleteConnection(string name) =>
        Write("DELETE FROM connections WHERE name = $name", ("$name", name)) > 0;
}
