using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class GetAlias(LambdaService lambda) : ILambdaAction
{
    public string Name => "GetAlias";

    public string Method => "GET";

    public string Route => "/2015-03-31/functions/{FunctionName}/aliases/{Name}";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(LambdaResponse.Ok(LambdaShapes.Alias(lambda.GetAlias(request.Path("FunctionName"), request.Path("Name")))));
}
