using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class ListAliases(LambdaService lambda) : ILambdaAction
{
    public string Name => "ListAliases";

    public string Method => "GET";

    public string Route => "/2015-03-31/functions/{FunctionName}/aliases";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var (page, next) = LambdaPages.Select(request, lambda.ListAliases(request.Path("FunctionName"), request.Query("FunctionVersion")));
        var body = new JsonObject { ["Aliases"] = new JsonArray(page.Select(a => (JsonNode)LambdaShapes.Alias(a)).ToArray()) };
        if (next is not null)
        {
            body["NextMarker"] = next;
        }

        return Task.FromResult(LambdaResponse.Ok(body));
    }
}
