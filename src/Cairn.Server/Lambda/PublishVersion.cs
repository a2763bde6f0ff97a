using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class PublishVersion(LambdaService lambda) : ILambdaAction
{
    public string Name => "PublishVersion";

    public string Method => "POST";

    public string Route => "/2015-03-31/functions/{FunctionName}/versions";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var version = lambda.PublishVersion(request.Path("FunctionName"), request.String("CodeSha256"), request.String("Description"), request.String("RevisionId"));
        return Task.FromResult(LambdaResponse.Ok(LambdaShapes.Configuration(version), 201));
    }
}
