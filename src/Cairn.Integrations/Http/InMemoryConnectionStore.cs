namespace Cairn.Integrations.Http;

/// <summary>Connections kept in memory (<c>cairn serve --in-memory</c>, <c>cairn run</c>, tests).</summary>
public sealed class InMemoryConnectionStore : IConnectionStore
{
    private readonly Dictionary<string, Connection> _connections = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Connection? GetConnection(string name)
    {
        lock (_lock)
        {
            return _connections.GetValueOrDefault(name);
        }
    }

    public IReadOnlyList<Connection> ListConnections()
    {
        lock (_lock)
        {
            return [.. _connections.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];
        }
    }

    public bool TryCreateConnection(Connection connection)
    {
        lock (_lock)
        {
            return _connections.TryAdd(connection.Name, connection);
        }
    }

    public bool UpdateConnection(Connection connection)
    {
        lock (_lock)
        {
            if (!_connections.ContainsKey(connection.Name))
            {
                return false;
            }

            _connections[connection.Name] = connection;
            return true;
        }
    }

    public bool DeleteConnection(string name)
    {
        lock (_lock)
        {
            return _connections.Remove(name);
        }
    }
}
