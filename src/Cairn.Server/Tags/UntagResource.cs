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
        for (var i = 0; i < list.Count; i++)
        {
            var node = list[i];
            if (node is null || node.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                throw ApiErrors.Serialization("Expected strings in 'tagKeys'");
            }

            var key = node.GetValue<string>();
            if (Cairn.Json.JsonStrings.IndexOfUnpairedSurrogate(key) >= 0)
            {
                throw ApiRequest.UnpairedSurrogate("tagKeys");
            }

            ApiRequest.CheckLength($"tagKeys.{i + 1}.member", key, key.Length, 1, 128);
            keys.Add(key);
        }

        TaggableResources.Require(backend, arn);
        backend.Machines.Untag(arn, keys);
        return Task.FromResult(ApiResponse.Empty);
    }
}
