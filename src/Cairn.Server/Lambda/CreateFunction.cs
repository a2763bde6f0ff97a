using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class CreateFunction(LambdaService lambda) : ILambdaAction
{
    public string Name => "CreateFunction";

    public string Method => "POST";

    public string Route => "/2015-03-31/functions";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var name = request.RequiredString("FunctionName");
        var role = request.RequiredString("Role");
        FunctionSettings.RefuseUnsupported(request);
        var runtime = request.String("Runtime");
        var handler = request.String("Handler");
        if (runtime is null || handler is null)
        {
            throw LambdaException.InvalidParameter("Runtime and Handler are mandatory parameters for functions created with deployment packages.");
        }

        var code = request.Object("Code") ?? throw LambdaException.Validation("1 validation error detected: Value null at 'code' failed to satisfy constraint: Member must not be null");
        var created = lambda.CreateFunction(new CreateFunctionRequest
        {
            FunctionName = name,
            Runtime = runtime,
            Handler = handler,
            Role = role,
            ZipFile = FunctionSettings.Zip(request, code),
            Timeout = request.Int("Timeout"),
            MemorySize = request.Int("MemorySize"),
            Environment = FunctionSettings.Environment(request),
            Description = request.String("Description"),
            Architectures = request.Strings("Architectures"),
            EphemeralStorageSize = FunctionSettings.EphemeralStorageSize(request),
            TracingMode = FunctionSettings.TracingMode(request),
            Tags = request.StringMap("Tags"),
            Publish = request.Bool("Publish") ?? false,
        });
        return Task.FromResult(LambdaResponse.Ok(LambdaShapes.Configuration(created), 201));
    }
}
