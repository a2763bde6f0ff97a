using Cairn.Json;
using Cairn.Jsonata.Functions;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.RegularExpressions;

/// <summary>
/// Walks the matches of a pattern argument over one string. The pattern is a regular expression
/// literal, matched directly, or any function following the matcher protocol: called with the
/// string, it returns <c>{match, start, end, groups, next}</c> or undefined.
/// </summary>
internal readonly struct Matcher
{
    private readonly FunctionContext _context;
    private readonly JValue _pattern;
    private readonly string _input;
    private readonly string _functionName;

    public Matcher(FunctionContext context, JValue pattern, string input, string functionName)
    {
        _context = context;
        _pattern = pattern;
        _input = input;
        _functionName = functionName;
    }

    public RegexMatch? First() =>
        _pattern is JsonataRegex regex
            ? regex.Match(_input, 0)
            : Read(_context.Apply(_pattern, [new JString(_input)]));

    public RegexMatch? Next(RegexMatch previous)
    {
        if (_pattern is JsonataRegex regex)
        {
            return regex.NextMatch(_input, previous);
        }

        return previous.Source?["next"] is JsonataFunction next ? Read(_context.Apply(next, [])) : null;
    }

    /// <summary>The match as the pattern itself reports it, <c>{match, start, end, groups, next}</c>: what a <c>$replace</c> callback receives.</summary>
    public JObject MatchObject(RegexMatch match) =>
        match.Source ?? ((JsonataRegex)_pattern).MatchObject(_input, match);

    private RegexMatch? Read(JValue? result)
    {
        if (result is null)
        {
            return null;
        }

        if (result is not JObject obj || obj["start"] is not JNumber start)
        {
            throw new JsonataException(
                "T1010",
                $"The matcher function argument passed to function \"{_functionName}\" does not return the correct object structure",
                token: _functionName);
        }

        var text = obj["match"] is JString s ? s.Value : string.Empty;
        var startIndex = (int)start.DoubleValue;
        var end = obj["end"] is JNumber e ? (int)e.DoubleValue : startIndex + text.Length;
        var groups = obj["groups"] switch
        {
            JArray a => a.Items.ToArray(),
            null => [],
            var single => [single],
        };

        return new RegexMatch(text, startIndex, end, groups, obj);
    }
}
