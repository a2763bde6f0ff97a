using System.Text.Json.Nodes;
using Cairn.Server.Protocol;

namespace Cairn.Server.Tags;

/// <summary>ListTagsForResource: a state machine's tags.</summary>
internal sealed class ListTagsForResource(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "ListTagsForResource";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("resourceArn", 1, 256);
        TaggableResources.Require(backend, arn);
        return Task.FromResult<ApiResponse>(new JsonObject { ["tags"] = TagList.Write(backend.Machines.GetTags(arn)) });
    }
}
