using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class UpdateFunctionCode(LambdaService lambda) : ILambdaAction
{
    public string Name => "UpdateFunctionCode";

    public string Method => "PUT";

    public string Route => "/2015-03-31/functions/{FunctionName}/code";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var name = request.Path("FunctionName");
        var zip = FunctionSettings.Zip(request, request.Json);
        if (request.Bool("DryRun") == true)
        {
            var current = lambda.Latest(name);
            var (sha, size) = lambda.Code.Add(zip);
            return Task.FromResult(LambdaResponse.Ok(LambdaShapes.Configuration(current with { CodeSha256 = sha, CodeSize = size })));
        }

        var updated = lambda.UpdateFunctionCode(name, zip, request.Bool("Publish") ?? false, request.String("RevisionId"), request.Strings("Architectures"));
        return Task.FromResult(LambdaResponse.Ok(LambdaShapes.Configuration(updated)));
    }
}
