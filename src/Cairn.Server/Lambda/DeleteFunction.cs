using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class DeleteFunction(LambdaService lambda) : ILambdaAction
{
    public string Name => "DeleteFunction";

    public string Method => "DELETE";

    public string Route => "/2015-03-31/functions/{FunctionName}";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        lambda.DeleteFunction(request.Path("FunctionName"), request.Query("Qualifier"));
        return Task.FromResult(LambdaResponse.NoContent());
    }
}
