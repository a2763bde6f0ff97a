using Cairn.Json;
using Cairn.Jsonata.Functions;
using Cairn.Jsonata.RegularExpressions;
using NetRegex = System.Text.RegularExpressions.Regex;
using NetRegexOptions = System.Text.RegularExpressions.RegexOptions;

namespace Cairn.Jsonata.Values;

/// <summary>
/// The value of a regular expression literal such as <c>/ab+c/i</c>. It is a function: called with
/// a string it returns the first match as <c>{match, start, end, groups, next}</c>, where
/// <c>next()</c> returns the following match or undefined. Functions that take a pattern
/// (<c>$match</c>, <c>$replace</c>, <c>$split</c>, <c>$contains</c>) match it directly.
/// </summary>
internal sealed class JsonataRegex : JsonataFunction
{
    /// <summary>How long one search may take before it is abandoned, so that a pattern with catastrophic backtracking cannot hang an evaluation.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly NetRegex _regex;

    private JsonataRegex(string pattern, string flags, NetRegex regex, int groupCount)
    {
        Pattern = pattern;
        Flags = flags;
        _regex = regex;
        GroupCount = groupCount;
    }

    /// <summary>The JavaScript source between the slashes.</summary>
    public string Pattern { get; }

    /// <summary>Any of <c>i</c> (ignore case) and <c>m</c> (multiline).</summary>
    public string Flags { get; }

    public int GroupCount { get; }

    public override int Arity => 1;

    /// <summary>
    /// Compiles a regular expression literal. Throws S0301 for an empty pattern, S0302 for a flag
    /// other than i or m, and S0303 for a pattern JavaScript would reject.
    /// </summary>
    internal static JsonataRegex Create(string pattern, string flags)
    {
        if (pattern.Length == 0)
        {
            throw new JsonataException("S0301", "Empty regular expressions are not allowed");
        }

        var options = NetRegexOptions.CultureInvariant;
        var multiline = false;
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case 'i':
                    options |= NetRegexOptions.IgnoreCase;
                    break;
                case 'm':
                    multiline = true;
                    break;
                default:
                    throw new JsonataException("S0302", $"Unsupported flag \"{flag}\" in regular expression: /{pattern}/{flags}", token: flags);
            }
        }

        try
        {
            var translated = JavaScriptRegexTranslator.Translate(pattern, multiline);
            var regex = new NetRegex(translated.Pattern, options, MatchTimeout);
            return new JsonataRegex(pattern, flags, regex, translated.GroupCount);
        }
        catch (Exception e) when (e is RegexSyntaxException or ArgumentException)
        {
            throw new JsonataException("S0303", $"Invalid regular expression: /{pattern}/{flags}: {e.Message}", token: pattern);
        }
    }

    /// <summary>The first match at or after <paramref name="startAt"/>, or null.</summary>
    public RegexMatch? Match(string input, int startAt)
    {
        System.Text.RegularExpressions.Match m;
        try
        {
            m = _regex.Match(input, startAt);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw new JsonataException("U1001", $"Regular expression /{Pattern}/{Flags} took too long to match");
        }

        if (!m.Success)
        {
            return null;
        }

        var groups = new JValue[GroupCount];
        for (var i = 0; i < groups.Length; i++)
        {
            var g = m.Groups[i + 1];
            groups[i] = g.Success ? new JString(g.Value) : JNull.Instance;
        }

        return new RegexMatch(m.Value, m.Index, m.Index + m.Length, groups);
    }

    /// <summary>
    /// The match after <paramref name="previous"/>: the search resumes where it ended, and an
    /// empty match there is D1004 because repeating it would never advance.
    /// </summary>
    public RegexMatch? NextMatch(string input, RegexMatch previous)
    {
        if (previous.End >= input.Length)
        {
            return null;
        }

        var next = Match(input, previous.End);
        if (next is { Value.Length: 0 })
        {
            throw ZeroLengthMatch();
        }

        return next;
    }

    public static JsonataException ZeroLengthMatch() => new("D1004", "Regular expression matches zero length string");

    internal override JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus) =>
        arguments.Length > 0 && arguments[0] is JString s && Match(s.Value, 0) is { } match
            ? MatchObject(s.Value, match)
            : null;

    public override string ToString() => "/" + Pattern + "/" + Flags;

    internal JObject MatchObject(string input, RegexMatch match) => JObject.Create(
        ("match", new JString(match.Value)),
        ("start", JNumber.From(match.Start)),
        ("end", JNumber.From(match.End)),
        ("groups", JArray.Create(match.Groups)),
        ("next", new NextMatchFunction(this, input, match)));

    /// <summary>The <c>next</c> member of a match object.</summary>
    private sealed class NextMatchFunction(JsonataRegex regex, string input, RegexMatch previous) : JsonataFunction
    {
        public override int Arity => 0;

        internal override JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus) =>
            regex.NextMatch(input, previous) is { } next ? regex.MatchObject(input, next) : null;
    }
}
