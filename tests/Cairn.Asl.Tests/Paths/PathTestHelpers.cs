using Cairn.Asl.Data;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Tests.Paths;

internal static class PathTestHelpers
{
    /// <summary>Evaluates against the input with an empty scope; null when the path matches nothing.</summary>
    public static string? Eval(string path, string inputJson, IDataScope? scope = null)
    {
        var parsed = JsonPath.Parse(path);
        return parsed.TryEvaluate(JValue.Parse(inputJson), scope ?? DataScope.Empty, out var result) ? result.ToJson() : null;
    }

    /// <summary>Normalizes expected JSON text so tests can be written with spaces.</summary>
    public static string Canonical(string text) => JValue.Parse(text.Replace('\'', '"')).ToJson();
}
