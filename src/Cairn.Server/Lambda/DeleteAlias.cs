using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class DeleteAlias(LambdaService lambda) : ILambdaAction
{
    public string Name => "DeleteAlias";

    public string Method => "DELETE";

    public string Route => "/2015-03-31/functions/{FunctionName}/aliases/{Name}";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        lambda.DeleteAlias(request.Path("FunctionName"), request.Path("Name"));
        return Task.FromResult(LambdaResponse.NoContent());
    }
}
