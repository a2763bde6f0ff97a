using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class GetFunctionConfiguration(LambdaService lambda) : ILambdaAction
{
    public string Name => "GetFunctionConfiguration";

    public string Method => "GET";

    public string Route => "/2015-03-31/functions/{FunctionName}/configuration";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(LambdaResponse.Ok(LambdaShapes.Configuration(lambda.GetFunction(request.Path("FunctionName"), request.Query("Qualifier")))));
}
