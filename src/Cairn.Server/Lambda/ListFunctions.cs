using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>ListFunctions: every function's <c>$LATEST</c>, or with <c>FunctionVersion=ALL</c> every version too, by Marker/MaxItems.</summary>
internal sealed class ListFunctions(LambdaService lambda) : ILambdaAction
{
    public string Name => "ListFunctions";

    public string Method => "GET";

    public string Route => "/2015-03-31/functions";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var all = request.Query("FunctionVersion") switch
        {
            null => false,
            "ALL" => true,
            var other => throw LambdaException.Validation($"1 validation error detected: Value '{other}' at 'functionVersion' failed to satisfy constraint: Member must satisfy enum value set: [ALL]"),
        };
        IReadOnlyList<FunctionConfiguration> functions = all
            ? lambda.ListFunctions().SelectMany(f => lambda.ListVersions(f.FunctionName)).ToList()
            : lambda.ListFunctions();
        var (page, next) = LambdaPages.Select(request, functions);
        var body = new JsonObject { ["Functions"] = new JsonArray(page.Select(f => (JsonNode)LambdaShapes.Configuration(f)).ToArray()) };
        if (next is not null)
        {
            body["NextMarker"] = next;
        }

        return Task.FromResult(LambdaResponse.Ok(body));
    }
}
