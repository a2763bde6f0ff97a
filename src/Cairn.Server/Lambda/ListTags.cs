using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

internal sealed class ListTags(LambdaService lambda) : ILambdaAction
{
    public string Name => "ListTags";

    public string Method => "GET";

    public string Route => "/2017-03-31/tags/{Resource}";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(LambdaResponse.Ok(new JsonObject { ["Tags"] = LambdaShapes.StringMap(lambda.ListTags(request.Path("Resource"))) }));
}
