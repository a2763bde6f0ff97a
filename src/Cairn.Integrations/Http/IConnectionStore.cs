namespace Cairn.Integrations.Http;

/// <summary>Where EventBridge connections are kept (durably under <c>cairn serve --data</c>).</summary>
public interface IConnectionStore
{
    Connection? GetConnection(string name);

    /// <summary>The connection an HTTP Task's <c>ConnectionArn</c> names: the one of that name whose ARN it is, or null.</summary>
    Connection? FindConnection(string arn) =>
        Connection.NameOf(arn) is { } name && GetConnection(name) is { } connection && connection.Arn == arn ? connection : null;

    /// <summary>All connections, ordered by name.</summary>
    IReadOnlyList<Connection> ListConnections();

    /// <summary>Stores a new connection; false when one of that name exists.</summary>
    bool TryCreateConnection(Connection connection);

    /// <summary>Replaces an existing connection; false when there is none of that name.</summary>
    bool UpdateConnection(Connection connection);

    /// <summary>Deletes a connection; false when there was none.</summary>
    bool DeleteConnection(string name);
}
