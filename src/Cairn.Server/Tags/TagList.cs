using System.Text.Json.Nodes;
using Cairn.Server.Protocol;

namespace Cairn.Server.Tags;

/// <summary>Reading and writing the <c>tags</c> member: a list of <c>{key, value}</c>, at most 50, keys of 1–128 and values of 0–256 characters.</summary>
internal static class TagList
{
    public const int MaxTags = 50;

    public static IReadOnlyList<KeyValuePair<string, string>> Read(ApiRequest request, string resourceArn, bool required)
    {
        var list = request.OptionalArray("tags");
        if (list is null)
        {
            return required ? throw ApiErrors.Missing("tags") : [];
        }

        if (list.Count > MaxTags)
        {
            throw ApiErrors.TooManyTags(resourceArn);
        }

        var tags = new List<KeyValuePair<string, string>>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject item)
            {
                throw ApiErrors.Serialization("Expected an object in 'tags'");
            }

            var tag = new ApiRequest(item, request.Caller);
            var key = tag.OptionalString("key") ?? throw ApiErrors.Missing($"tags.{i + 1}.member.key");
            var value = tag.OptionalString("value") ?? throw ApiErrors.Missing($"tags.{i + 1}.member.value");
            ApiRequest.CheckLength($"tags.{i + 1}.member.key", key, key.Length, 1, 128);
            ApiRequest.CheckLength($"tags.{i + 1}.member.value", value, value.Length, 0, 256);
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                throw ApiErrors.Validation("Tag keys may not start with the reserved prefix 'aws:'");
            }

            tags.Add(new(key, value));
        }

        return tags;
    }

    public static JsonArray Write(IReadOnlyList<KeyValuePair<string, string>> tags) =>
        new(tags.Select(t => (JsonNode?)new JsonObject { ["key"] = t.Key, ["value"] = t.Value }).ToArray());
}
