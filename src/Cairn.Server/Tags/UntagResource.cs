using Cairn.Server.Protocol;

namespace Cairn.Server.Tags;

/// <summary>UntagResource: removes tags by key; keys that are not set are ignored.</summary>
internal sealed class UntagResource(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "UntagResource";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("resourceArn", 1, 256);
        var list = request.OptionalArray("tagKeys") ?? throw ApiErrors.Missing("tagKeys");
        var keys = new List<string>(list.Count);
        foreach (var node in list)
        {
            if (node is null || node.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                throw ApiErrors.Serialization("Expected strings in 'tagKeys'");
            }

            keys.Add(node.GetValue<string>());
        }

        TaggableResources.Require(backend, arn);
        backend.Machines.Untag(arn, keys);
        return Task.FromResult(ApiResponse.Empty);
    }
}
