using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class DeleteFunctionConcurrency(LambdaService lambda) : ILambdaAction
{
    public string Name => "DeleteFunctionConcurrency";

    public string Method => "DELETE";

    public string Route => "/2017-10-31/functions/{FunctionName}/concurrency";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        lambda.PutFunctionConcurrency(request.Path("FunctionName"), null);
        return Task.FromResult(LambdaResponse.NoContent());
    }
}
