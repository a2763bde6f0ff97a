using Cairn.Server.Protocol;

namespace Cairn.Server.Tags;

/// <summary>TagResource: adds or overwrites tags on a state machine (at most 50 in all).</summary>
internal sealed class TagResource(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "TagResource";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("resourceArn", 1, 256);
        var tags = TagList.Read(request, arn, required: true);
        TaggableResources.Require(backend, arn);
        var existing = backend.Machines.GetTags(arn);
        if (existing.Select(t => t.Key).Union(tags.Select(t => t.Key), StringComparer.Ordinal).Count() > TagList.MaxTags)
        {
            throw ApiErrors.TooManyTags(arn);
        }

        backend.Machines.Tag(arn, tags);
        return Task.FromResult(ApiResponse.Empty);
    }
}
