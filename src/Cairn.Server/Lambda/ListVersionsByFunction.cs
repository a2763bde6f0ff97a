using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class ListVersionsByFunction(LambdaService lambda) : ILambdaAction
{
    public string Name => "ListVersionsByFunction";

    public string Method => "GET";

    public string Route => "/2015-03-31/functions/{FunctionName}/versions";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var (page, next) = LambdaPages.Select(request, lambda.ListVersions(request.Path("FunctionName")));
        var body = new JsonObject { ["Versions"] = new JsonArray(page.Select(f => (JsonNode)LambdaShapes.Configuration(f)).ToArray()) };
        if (next is not null)
        {
            body["NextMarker"] = next;
        }

        return Task.FromResult(LambdaResponse.Ok(body));
    }
}
