using Cairn.Json;

namespace Cairn.Jsonata.RegularExpressions;

/// <summary>
/// One match of a regular expression or of a custom matcher function: the matched text, its
/// UTF-16 offsets, and the captured groups (a group that took no part is <see cref="JNull"/>).
/// </summary>
internal sealed class RegexMatch(string value, int start, int end, JValue[] groups, JObject? source = null)
{
    public string Value { get; } = value;

    public int Start { get; } = start;

    public int End { get; } = end;

    public JValue[] Groups { get; } = groups;

    /// <summary>For a custom matcher, the object it returned (which carries its <c>next</c> function).</summary>
    public JObject? Source { get; } = source;

    /// <summary>The object <c>$match</c> returns: <c>{match, index, groups}</c>.</summary>
    public JObject ToMatchResult() => JObject.Create(
        ("match", new JString(Value)),
        ("index", JNumber.From(Start)),
        ("groups", JArray.Create(Groups)));
}
