using Cairn.Integrations.Http;
using Cairn.Server.Protocol;

namespace Cairn.Server.Connections;

/// <summary>EventBridge's DescribeConnection: the connection without its secrets.</summary>
internal sealed class DescribeConnection(IConnectionStore connections) : IApiAction
{
    public string Name => "DescribeConnection";

    public string TargetPrefix => ConnectionShapes.TargetPrefix;

    public string JsonVersion => ConnectionShapes.JsonVersion;

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var name = ConnectionShapes.RequireName(request);
        var connection = connections.GetConnection(name) ?? throw ConnectionShapes.NotFound(name);
        return Task.FromResult<ApiResponse>(ConnectionShapes.Describe(connection));
    }
}
