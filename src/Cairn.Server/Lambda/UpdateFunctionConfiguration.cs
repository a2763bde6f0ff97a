using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class UpdateFunctionConfiguration(LambdaService lambda) : ILambdaAction
{
    public string Name => "UpdateFunctionConfiguration";

    public string Method => "PUT";

    public string Route => "/2015-03-31/functions/{FunctionName}/configuration";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        FunctionSettings.RefuseUnsupported(request);
        var updated = lambda.UpdateFunctionConfiguration(request.Path("FunctionName"), new FunctionConfigurationUpdate
        {
            Runtime = request.String("Runtime"),
            Handler = request.String("Handler"),
            Role = request.String("Role"),
            Timeout = request.Int("Timeout"),
            MemorySize = request.Int("MemorySize"),
            Environment = FunctionSettings.Environment(request),
            Description = request.String("Description"),
            EphemeralStorageSize = FunctionSettings.EphemeralStorageSize(request),
            TracingMode = FunctionSettings.TracingMode(request),
            RevisionId = request.String("RevisionId"),
        });
        return Task.FromResult(LambdaResponse.Ok(LambdaShapes.Configuration(updated)));
    }
}
