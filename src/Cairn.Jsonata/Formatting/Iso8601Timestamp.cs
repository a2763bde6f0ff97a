using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// The ISO 8601 timestamps <c>$toMillis</c> reads without a picture: a year, optionally with
/// month, day, a time to the second (with any number of fractional digits, truncated to
/// milliseconds) and an offset. A timestamp without an offset is UTC.
/// </summary>
internal static partial class Iso8601Timestamp
{
    /// <summary>
    /// Milliseconds since the epoch. Returns false when the text is not of the ISO 8601 form
    /// (D3110 for the caller); returns true with a null value when it is of the form but names
    /// no real instant, such as month 13.
    /// </summary>
    public static bool TryParse(string text, out long? millis)
    {
        millis = null;
        var match = Timestamp().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = Number(match, "year", 0);
        var month = Number(match, "month", 1);
        var day = Number(match, "day", 1);
        var hour = Number(match, "hour", 0);
        var minute = Number(match, "minute", 0);
        var second = Number(match, "second", 0);
        var fraction = match.Groups["fraction"].Value;
        var milli = fraction.Length == 0 ? 0 : int.Parse((fraction + "00")[..3], CultureInfo.InvariantCulture);
        var offset = 0;
        if (match.Groups["offsetHour"].Success)
        {
            var offsetHour = Number(match, "offsetHour", 0);
            if (offsetHour > 23)
            {
                return true;
            }

            offset = offsetHour * 60 + Number(match, "offsetMinute", 0);
            if (match.Groups["sign"].Value == "-")
            {
                offset = -offset;
            }
        }

        // Day 29–31 past the end of a month rolls into the next month; other out-of-range fields name no instant.
        if (month is < 1 or > 12 || day is < 1 or > 31 || hour > 24 || (hour == 24 && (minute | second | milli) != 0))
        {
            return true;
        }

        var days = CivilDate.DaysFromCivil(year, month, 1) + day - 1;
        millis = days * CivilDate.MillisPerDay + hour * 3_600_000L + minute * 60_000L + second * 1000L + milli - offset * 60_000L;
        return true;
    }

    private static int Number(Match match, string group, int absent) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : absent;

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?<month>[01][0-9])(?:-(?<day>[0-3][0-9])(?:T(?<hour>[0-2][0-9]):(?<minute>[0-5][0-9]):(?<second>[0-5][0-9])(?:\.(?<fraction>[0-9]+))?)?)?)?(?:Z|(?<sign>[+-])(?<offsetHour>[0-2][0-9]):?(?<offsetMinute>[0-5][0-9]))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
