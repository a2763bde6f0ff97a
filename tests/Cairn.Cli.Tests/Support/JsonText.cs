using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cairn.Cli.Tests.Support;

internal static class JsonText
{
    /// <summary>Whether two JSON texts hold the same value (member order and layout aside).</summary>
    public static bool SameJson(string a, string b) => JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));

    public static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
