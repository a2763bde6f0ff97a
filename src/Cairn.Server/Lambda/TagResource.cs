using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class TagResource(LambdaService lambda) : ILambdaAction
{
    public string Name => "TagResource";

    public string Method => "POST";

    public string Route => "/2017-03-31/tags/{Resource}";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var tags = request.StringMap("Tags") ?? throw LambdaException.Validation("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
        lambda.TagResource(request.Path("Resource"), tags);
        return Task.FromResult(LambdaResponse.NoContent());
    }
}
