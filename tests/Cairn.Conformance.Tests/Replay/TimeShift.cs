using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>
/// Moves the timestamps a time-dependent test computed from "now" by <c>now - reference_now</c>, keeping their
/// spelling (fraction digits, zone suffix). Timestamps before the reference time (literal dates in templates) are
/// left alone.
/// </summary>
public sealed partial class TimeShift(DateTimeOffset referenceNow, DateTimeOffset now)
{
    private readonly TimeSpan _delta = TimeSpan.FromSeconds(Math.Floor((now - referenceNow).TotalSeconds));

    public string Apply(string text) => TimestampRegex().Replace(text, m =>
    {
        var stamp = DateTime.ParseExact(m.Groups["s"].Value, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        if (stamp < referenceNow.UtcDateTime.AddMinutes(-10))
        {
            return m.Value;
        }

        var shifted = stamp + _delta;
        return shifted.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + m.Groups["rest"].Value;
    });

    public object? Apply(object? value) => value switch
    {
        string s => Apply(s),
        List<object?> list => list.Select(Apply).ToList(),
        OrderedDictionary<string, object?> dict => ApplyDict(dict),
        _ => value,
    };

    private OrderedDictionary<string, object?> ApplyDict(OrderedDictionary<string, object?> dict)
    {
        var copy = new OrderedDictionary<string, object?>(dict.Count);
        foreach (var (k, v) in dict)
        {
            copy[k] = Apply(v);
        }

        return copy;
    }

    [GeneratedRegex(@"(?<s>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?<rest>\.\d+)?")]
    private static partial Regex TimestampRegex();
}
