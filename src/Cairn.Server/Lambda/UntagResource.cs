using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class UntagResource(LambdaService lambda) : ILambdaAction
{
    public string Name => "UntagResource";

    public string Method => "DELETE";

    public string Route => "/2017-03-31/tags/{Resource}";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        lambda.UntagResource(request.Path("Resource"), request.QueryAll("tagKeys"));
        return Task.FromResult(LambdaResponse.NoContent());
    }
}
