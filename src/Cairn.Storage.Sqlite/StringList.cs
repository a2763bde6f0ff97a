using Cairn.Json;

namespace Cairn.Storage.Sqlite;

/// <summary>A list of strings stored as a JSON array in one column; null stays null.</summary>
internal static class StringList
{
    public static string? ToJson(IReadOnlyList<string>? list) =>
        list is null ? null : JArray.Adopt(list.Select(s => (JValue)new JString(s)).ToArray()).ToJson();

    public static IReadOnlyList<string>? FromJson(string? json) =>
        json is null ? null : ((JArray)JValue.Parse(json)).Select(v => ((JString)v).Value).ToArray();
}
