namespace Cairn.Integrations.Http;

/// <summary>
/// The connections of a file (<c>cairn run --connections FILE</c>), read-only. A connection the
/// file gives an ARN answers to that ARN only (as in AWS); one without answers to any connection
/// ARN with its name (<c>arn:aws:events:REGION:ACCOUNT:connection/NAME/ANY-ID</c>), so definitions
/// written for AWS run unchanged.
/// </summary>
public sealed class FileConnectionStore : IConnectionStore
{
    private readonly Dictionary<string, Connection> _connections = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anyArn = new(StringComparer.Ordinal);

    /// <summary>Adds a connection; false when the file named one of that name before.</summary>
    public bool Add(Connection connection, bool anyArn)
    {
        if (!_connections.TryAdd(connection.Name, connection))
        {
            return false;
        }

        if (anyArn)
        {
            _anyArn.Add(connection.Name);
        }

        return true;
    }

    public Connection? GetConnection(string name) => _connections.GetValueOrDefault(name);

    public Connection? FindConnection(string arn) =>
        Connection.NameOf(arn) is { } name && GetConnection(name) is { } connection && (connection.Arn == arn || _anyArn.Contains(name)) ? connection : null;

    public IReadOnlyList<Connection> ListConnections() => [.. _connections.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];

    public bool TryCreateConnection(Connection connection) => false;

    public bool UpdateConnection(Connection connection) => false;

    public bool DeleteConnection(string name) => false;
}
