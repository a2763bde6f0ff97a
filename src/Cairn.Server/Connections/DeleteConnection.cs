using Cairn.Integrations.Http;
using Cairn.Server.Protocol;

namespace Cairn.Server.Connections;

/// <summary>EventBridge's DeleteConnection: answers with the connection DELETING; it is gone at once.</summary>
internal sealed class DeleteConnection(IConnectionStore connections) : IApiAction
{
    public string Name => "DeleteConnection";

    public string TargetPrefix => ConnectionShapes.TargetPrefix;

    public string JsonVersion => ConnectionShapes.JsonVersion;

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var name = ConnectionShapes.RequireName(request);
        var connection = connections.GetConnection(name) ?? throw ConnectionShapes.NotFound(name);
        if (!connections.DeleteConnection(name))
        {
            throw ConnectionShapes.NotFound(name);
        }

        return Task.FromResult<ApiResponse>(ConnectionShapes.Changed(connection, "DELETING"));
    }
}
