using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class GetFunctionConcurrency(LambdaService lambda) : ILambdaAction
{
    public string Name => "GetFunctionConcurrency";

    public string Method => "GET";

    public string Route => "/2019-09-30/functions/{FunctionName}/concurrency";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (lambda.Latest(request.Path("FunctionName")).ReservedConcurrentExecutions is { } reserved)
        {
            body["ReservedConcurrentExecutions"] = reserved;
        }

        return Task.FromResult(LambdaResponse.Ok(body));
    }
}
