using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class GetFunction(LambdaService lambda, FunctionCodeLocations locations) : ILambdaAction
{
    public string Name => "GetFunction";

    public string Method => "GET";

    public string Route => "/2015-03-31/functions/{FunctionName}";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var name = request.Path("FunctionName");
        var function = lambda.GetFunction(name, request.Query("Qualifier"));
        var latest = lambda.Latest(name);
        var body = new JsonObject
        {
            ["Configuration"] = LambdaShapes.Configuration(function),
            ["Code"] = new JsonObject { ["RepositoryType"] = "S3", ["Location"] = locations.For(request.ServerAddress, function.CodeSha256) },
        };
        if (latest.Tags.Count > 0)
        {
            body["Tags"] = LambdaShapes.StringMap(latest.Tags);
        }

        if (latest.ReservedConcurrentExecutions is { } reserved)
        {
            body["Concurrency"] = new JsonObject { ["ReservedConcurrentExecutions"] = reserved };
        }

        return Task.FromResult(LambdaResponse.Ok(body));
    }
}
