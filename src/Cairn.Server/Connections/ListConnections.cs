using System.Text.Json.Nodes;
using Cairn.Integrations.Http;
using Cairn.Server.Protocol;

namespace Cairn.Server.Connections;

/// <summary>EventBridge's ListConnections: by name, filtered by NamePrefix and ConnectionState, at most Limit (1 to 100) a page.</summary>
internal sealed class ListConnections(IConnectionStore connections) : IApiAction
{
    private const string TokenScope = "connections";

    public string Name => "ListConnections";

    public string TargetPrefix => ConnectionShapes.TargetPrefix;

    public string JsonVersion => ConnectionShapes.JsonVersion;

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var prefix = request.OptionalString("NamePrefix", 1, 64);
        var state = request.OptionalEnum("ConnectionState", ConnectionShapes.States);
        var limit = request.OptionalInt("Limit", 1, 100) ?? 100;
        var start = PageTokens.Decode(request, TokenScope, "NextToken");
        var matching = connections.ListConnections()
            .Where(c => prefix is null || c.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Where(_ => state is null || state == ConnectionShapes.Authorized)
            .ToList();
        var page = matching.Skip((int)Math.Min(start, int.MaxValue)).Take(limit).ToList();
        var body = new JsonObject { ["Connections"] = new JsonArray([.. page.Select(c => (JsonNode)ConnectionShapes.Summary(c))]) };
        if (start + page.Count < matching.Count)
        {
            body["NextToken"] = PageTokens.Encode(TokenScope, start + page.Count);
        }

        return Task.FromResult<ApiResponse>(body);
    }
}
