using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class UpdateAlias(LambdaService lambda) : ILambdaAction
{
    public string Name => "UpdateAlias";

    public string Method => "PUT";

    public string Route => "/2015-03-31/functions/{FunctionName}/aliases/{Name}";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var alias = lambda.UpdateAlias(
            request.Path("FunctionName"),
            request.Path("Name"),
            request.String("FunctionVersion"),
            request.String("Description"),
            AliasRouting.Weights(request),
            request.String("RevisionId"));
        return Task.FromResult(LambdaResponse.Ok(LambdaShapes.Alias(alias)));
    }
}
