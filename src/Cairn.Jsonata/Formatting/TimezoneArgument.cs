using System.Globalization;

namespace Cairn.Jsonata.Formatting;

/// <summary>The <c>timezone</c> argument of <c>$fromMillis</c> and <c>$now</c>: <c>±HHMM</c>, the last two digits being minutes.</summary>
internal static class TimezoneArgument
{
    /// <summary>The offset in minutes east of UTC; text that is not of the form <c>±HHMM</c> means UTC.</summary>
    public static int ParseOffsetMinutes(string? timezone)
    {
        if (string.IsNullOrEmpty(timezone))
        {
            return 0;
        }

        var negative = timezone[0] == '-';
        var digits = timezone[0] is '+' or '-' ? timezone[1..] : timezone;
        if (digits.Length == 0 || digits.Length > 4 || digits.AsSpan().IndexOfAnyExcept("0123456789") >= 0)
        {
            return 0;
        }

        var minutes = int.Parse(digits.Length <= 2 ? digits : digits[^2..], CultureInfo.InvariantCulture);
        var hours = digits.Length <= 2 ? 0 : int.Parse(digits[..^2], CultureInfo.InvariantCulture);
        var offset = hours * 60 + minutes;
        return negative ? -offset : offset;
    }
}
