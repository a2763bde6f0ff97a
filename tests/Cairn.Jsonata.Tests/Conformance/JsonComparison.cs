using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// Deep JSON equality for suite results: numbers by numeric value, objects regardless of member order.
/// Returns the first difference (with its path) rather than a bare boolean, for the report.
/// </summary>
internal static class JsonComparison
{
    /// <summary>Null when <paramref name="actual"/> equals <paramref name="expected"/>; otherwise where and how they differ.</summary>
    public static string? FirstDifference(JValue expected, JValue actual, bool unorderedTopLevel = false) =>
        unorderedTopLevel && expected is JArray e && actual is JArray a
            ? UnorderedDifference(e, a)
            : Difference("$", expected, actual);

    private static string? Difference(string path, JValue expected, JValue actual)
    {
        if (actual.Kind == JsonKind.Function)
        {
            return $"{path}: expected {Show(expected)}, got a function";
        }

        if (expected.Kind != actual.Kind)
        {
            return $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }

        switch (expected)
        {
            case JNumber x when !NumbersEqual(x, (JNumber)actual):
            case JString s when !string.Equals(s.Value, ((JString)actual).Value, StringComparison.Ordinal):
            case JBool b when b.Value != ((JBool)actual).Value:
                return $"{path}: expected {Show(expected)}, got {Show(actual)}";
            case JArray x:
                return ArrayDifference(path, x, (JArray)actual);
            case JObject x:
                return ObjectDifference(path, x, (JObject)actual);
            default:
                return null;
        }
    }

    /// <summary>
    /// Numeric equality. The suite's expected numbers are JavaScript doubles written by JSON.stringify,
    /// which round-trip exactly, so no tolerance is applied.
    /// </summary>
    private static bool NumbersEqual(JNumber expected, JNumber actual) => expected.NumericEquals(actual);

    private static string? ArrayDifference(string path, JArray expected, JArray actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (Difference($"{path}[{i}]", expected[i], actual[i]) is { } difference)
            {
                return difference;
            }
        }

        return expected.Count == actual.Count
            ? null
            : $"{path}: expected {expected.Count} item(s), got {actual.Count}: {Show(actual)}";
    }

    private static string? ObjectDifference(string path, JObject expected, JObject actual)
    {
        foreach (var member in expected.Members)
        {
            var memberPath = path + "." + member.Key;
            if (!actual.TryGetValue(member.Key, out var value))
            {
                return $"{memberPath}: missing (expected {Show(member.Value)})";
            }

            if (Difference(memberPath, member.Value, value) is { } difference)
            {
                return difference;
            }
        }

        foreach (var member in actual.Members)
        {
            if (!expected.TryGetValue(member.Key, out _))
            {
                return $"{path}.{member.Key}: unexpected member {Show(member.Value)}";
            }
        }

        return null;
    }

    private static string? UnorderedDifference(JArray expected, JArray actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"$: expected {expected.Count} item(s) in any order, got {actual.Count}: {Show(actual)}";
        }

        var unused = actual.ToList();
        foreach (var item in expected)
        {
            var match = unused.FindIndex(candidate => Difference("$", item, candidate) is null);
            if (match < 0)
            {
                return $"$: expected an item {Show(item)} (any order), got {Show(actual)}";
            }

            unused.RemoveAt(match);
        }

        return null;
    }

    public static string Show(JValue? value, int max = 200)
    {
        if (value is null)
        {
            return "undefined";
        }

        if (value.Kind == JsonKind.Function)
        {
            return "a function";
        }

        var text = value.ToJson();
        return text.Length <= max ? text : text[..max] + "...";
    }
}
