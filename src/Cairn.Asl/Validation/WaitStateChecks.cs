using System.Globalization;
using System.Text.RegularExpressions;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>Wait state: exactly one of Seconds, Timestamp, SecondsPath, TimestampPath (JSONata: Seconds, Timestamp).</summary>
internal static partial class WaitStateChecks
{
    private static readonly string[] JsonPathTimings = ["SecondsPath", "Seconds", "TimestampPath", "Timestamp"];
    private static readonly string[] JsonataTimings = ["Seconds", "Timestamp"];

    public static void Validate(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        var jsonata = language == QueryLanguage.JSONata;
        var timings = jsonata ? JsonataTimings : JsonPathTimings;
        var count = timings.Count(state.ContainsKey);
        if (count > 1)
        {
            ctx.Error(location, ValidationMessages.OnlyOneOf(timings));
        }
        else if (count == 0)
        {
            ctx.Error(location, ValidationMessages.ExactlyOneOf(timings));
        }

        FieldChecks.Integer(ctx, state, "Seconds", location, 0, 99999999, jsonata);
        FieldChecks.Path(ctx, state, "SecondsPath", location);
        FieldChecks.Path(ctx, state, "TimestampPath", location);
        if (state.TryGetValue("Timestamp", out var timestamp)
            && !(jsonata && FieldChecks.JsonataExpression(ctx, timestamp, JsonPointer.Child(location, "Timestamp"), "Timestamp")))
        {
            if (timestamp is not JString s || !IsRfc3339(s.Value))
            {
                ctx.Error(JsonPointer.Child(location, "Timestamp"), ValidationMessages.InvalidTimestamp);
            }
        }
    }

    /// <summary>
    /// RFC 3339 date-time with an upper-case T and a Z or numeric offset; the date and time must
    /// exist (month 13 or hour 25 are rejected, not just malformed text).
    /// </summary>
    public static bool IsRfc3339(string text)
    {
        var match = Rfc3339().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var date = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}";
        if (!DateTime.TryParseExact(date, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }

        var offset = match.Groups["offset"].Value;
        return offset == "Z" || TimeSpan.TryParseExact(offset[1..], "hh\\:mm", CultureInfo.InvariantCulture, out _);
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})T(?<time>\d{2}:\d{2}:\d{2})(\.\d+)?(?<offset>Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
