using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class PutFunctionConcurrency(LambdaService lambda) : ILambdaAction
{
    public string Name => "PutFunctionConcurrency";

    public string Method => "PUT";

    public string Route => "/2017-10-31/functions/{FunctionName}/concurrency";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var reserved = request.Int("ReservedConcurrentExecutions")
            ?? throw LambdaException.Validation("1 validation error detected: Value null at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must not be null");
        lambda.PutFunctionConcurrency(request.Path("FunctionName"), reserved);
        return Task.FromResult(LambdaResponse.Ok(new JsonObject { ["ReservedConcurrentExecutions"] = reserved }));
    }
}
