using System.Text.Json.Nodes;

namespace Cairn.Server.Lambda;

/// <summary>ListEventSourceMappings: Cairn polls no event sources, so there are none.</summary>
internal sealed class ListEventSourceMappings : ILambdaAction
{
    public string Name => "ListEventSourceMappings";

    public string Method => "GET";

    public string Route => "/2015-03-31/event-source-mappings";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        request.MaxItems();
        return Task.FromResult(LambdaResponse.Ok(new JsonObject { ["EventSourceMappings"] = new JsonArray() }));
    }
}
