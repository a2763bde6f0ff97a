using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class CreateAlias(LambdaService lambda) : ILambdaAction
{
    public string Name => "CreateAlias";

    public string Method => "POST";

    public string Route => "/2015-03-31/functions/{FunctionName}/aliases";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var alias = lambda.CreateAlias(
            request.Path("FunctionName"),
            request.RequiredString("Name"),
            request.RequiredString("FunctionVersion"),
            request.String("Description"),
            AliasRouting.Weights(request));
        return Task.FromResult(LambdaResponse.Ok(LambdaShapes.Alias(alias), 201));
    }
}
