using System.Text;
using Cairn.Json;
using Cairn.Jsonata.RegularExpressions;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

internal static partial class StringFunctions
{
    private static void RegisterPatternFunctions(FunctionTable table)
    {
        table.Add("contains", "<s-(sf):b>", Contains);
        table.Add("split", "<s-(sf)n?:a<s>>", Split);
        table.Add("match", "<s-f<s:o>n?:a<o>>", Match);
        table.Add("replace", "<s-(sf)(sf)n?:s>", Replace);
    }

    private static JValue? Contains(FunctionContext context, JValue?[] a)
    {
        if (a.StringAt(0) is not { } s || a.At(1) is not { } pattern)
        {
            return null;
        }

        return pattern is JString token
            ? JBool.From(s.Contains(token.Value, StringComparison.Ordinal))
            : JBool.From(new Matcher(context, pattern, s, "contains").First() is not null);
    }

    private static JValue? Split(FunctionContext context, JValue?[] a)
    {
        if (a.StringAt(0) is not { } s || a.At(1) is not { } separator)
        {
            return null;
        }

        var limit = a.NumberAt(2);
        if (limit < 0)
        {
            throw new JsonataException("D3020", "Third argument of split function must evaluate to a positive number", token: "split");
        }

        var parts = new List<JValue>();
        if (separator is JString token)
        {
            // As JavaScript's split: an empty separator splits between UTF-16 code units, and a fractional limit is truncated.
            var pieces = token.Value.Length == 0 ? s.Select(c => c.ToString()).ToArray() : s.Split(token.Value);
            foreach (var piece in pieces)
            {
                if (limit is { } l && parts.Count >= Math.Floor(l))
                {
                    break;
                }

                parts.Add(new JString(piece));
            }

            return JArray.Adopt(parts.ToArray());
        }

        var matcher = new Matcher(context, separator, s, "split");
        var match = matcher.First();
        var start = 0;
        while (match is not null && (limit is null || parts.Count < limit))
        {
            parts.Add(new JString(Slice(s, start, match.Start)));
            start = Math.Max(start, Math.Min(match.End, s.Length));
            match = matcher.Next(match);
        }

        if (limit is null || parts.Count < limit)
        {
            parts.Add(new JString(Slice(s, start, s.Length)));
        }

        return JArray.Adopt(parts.ToArray());
    }

    private static JValue? Match(FunctionContext context, JValue?[] a)
    {
        if (a.StringAt(0) is not { } s || a.At(1) is not { } pattern)
        {
            return null;
        }

        var limit = a.NumberAt(2);
        if (limit < 0)
        {
            throw new JsonataException("D3040", "Third argument of match function must evaluate to a positive number", token: "match");
        }

        var results = new List<JValue>();
        var matcher = new Matcher(context, pattern, s, "match");
        var match = matcher.First();
        while (match is not null && (limit is null || results.Count < limit))
        {
            results.Add(match.ToMatchResult());
            match = matcher.Next(match);
        }

        return Sequence.From(results);
    }

    private static JValue? Replace(FunctionContext context, JValue?[] a)
    {
        if (a.StringAt(0) is not { } s || a.At(1) is not { } pattern || a.At(2) is not { } replacement)
        {
            return null;
        }

        if (pattern is JString { Value.Length: 0 })
        {
            throw new JsonataException("D3010", "Second argument of replace function cannot be an empty string", token: "replace");
        }

        var limit = a.NumberAt(3);
        if (limit < 0)
        {
            throw new JsonataException("D3011", "Fourth argument of replace function must evaluate to a positive number", token: "replace");
        }

        var sb = new StringBuilder(s.Length);
        var position = 0;
        var count = 0;
        if (pattern is JString token)
        {
            for (var at = s.IndexOf(token.Value, StringComparison.Ordinal);
                 at >= 0 && (limit is null || count < limit);
                 at = s.IndexOf(token.Value, position, StringComparison.Ordinal))
            {
                var match = new RegexMatch(token.Value, at, at + token.Value.Length, []);
                sb.Append(s, position, at - position).Append(ReplacementFor(context, replacement, match, null));
                context.CheckStringLength(sb.Length, "$replace");
                position = match.End;
                count++;
            }
        }
        else
        {
            var matcher = new Matcher(context, pattern, s, "replace");
            var match = matcher.First();
            while (match is not null && (limit is null || count < limit))
            {
                sb.Append(Slice(s, position, match.Start)).Append(ReplacementFor(context, replacement, match, matcher));
                context.CheckStringLength(sb.Length, "$replace");
                position = Math.Max(position, Math.Min(match.End, s.Length));
                count++;
                match = matcher.Next(match);
            }
        }

        sb.Append(s, position, s.Length - position);
        context.CheckStringLength(sb.Length, "$replace");
        return new JString(sb.ToString());
    }

    // A string pattern's replacement text is literal; a matcher's may refer to groups. A function
    // gets the match object the matcher produced ({match, start, end, groups, next}).
    private static string ReplacementFor(FunctionContext context, JValue replacement, RegexMatch match, Matcher? matcher)
    {
        if (replacement is JString text)
        {
            return matcher is null ? text.Value : ReplacementText.Expand(text.Value, match);
        }

        var matchObject = matcher is { } m
            ? m.MatchObject(match)
            : JObject.Create(("match", new JString(match.Value)), ("start", JNumber.From(match.Start)), ("end", JNumber.From(match.End)), ("groups", JArray.Empty));
        return context.Apply(replacement, [matchObject]) is JString result
            ? result.Value
            : throw new JsonataException("D3012", "Attempted to replace a matched string with a non-string value", token: "replace");
    }

    private static string Slice(string s, int from, int to)
    {
        from = Math.Clamp(from, 0, s.Length);
        to = Math.Clamp(to, from, s.Length);
        return s[from..to];
    }
}
