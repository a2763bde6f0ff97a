using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// The presentation of a <c>[Z…]</c> or <c>[z…]</c> marker: <c>01:01</c> (hours and minutes with a
/// separator), one or two digits (hours, minutes only when not zero), three or four digits
/// (hhmm), and a trailing <c>t</c> that writes a zero offset as <c>Z</c>.
/// </summary>
internal sealed class TimezonePicture
{
    private TimezonePicture(int hourDigits, int totalDigits, string? separator, bool zeroAsZ)
    {
        HourDigits = hourDigits;
        TotalDigits = totalDigits;
        Separator = separator;
        ZeroAsZ = zeroAsZ;
    }

    public int HourDigits { get; }

    public int TotalDigits { get; }

    public string? Separator { get; }

    public bool ZeroAsZ { get; }

    public static TimezonePicture Parse(string presentation)
    {
        // One trailing presentation modifier (a, c, o or t) follows the digits; only t means something here.
        var zeroAsZ = false;
        if (presentation.Length > 1 && presentation[^1] is 'a' or 'c' or 'o' or 't')
        {
            zeroAsZ = presentation[^1] == 't';
            presentation = presentation[..^1];
        }

        // Digits count; optional-digit signs (#) widen nothing.
        var hourDigits = 0;
        var totalDigits = 0;
        string? separator = null;
        foreach (var c in presentation)
        {
            if (char.IsDigit(c))
            {
                totalDigits++;
                if (separator is null)
                {
                    hourDigits++;
                }
            }
            else if (c != '#')
            {
                separator ??= c.ToString();
            }
        }

        if (totalDigits is 0 or > 4)
        {
            throw new JsonataException("D3134", "The timezone integer format specifier cannot have more than four digits");
        }

        return new TimezonePicture(hourDigits, totalDigits, separator, zeroAsZ);
    }

    public string Format(int offsetMinutes)
    {
        if (ZeroAsZ && offsetMinutes == 0)
        {
            return "Z";
        }

        var magnitude = Math.Abs(offsetMinutes);
        var hours = magnitude / 60;
        var minutes = magnitude % 60;
        var text = new StringBuilder(offsetMinutes < 0 ? "-" : "+");
        if (Separator is not null)
        {
            text.Append(Pad(hours, HourDigits)).Append(Separator).Append(Pad(minutes, 2));
        }
        else if (TotalDigits <= 2)
        {
            text.Append(Pad(hours, TotalDigits));
            if (minutes != 0)
            {
                text.Append(':').Append(Pad(minutes, 2));
            }
        }
        else
        {
            text.Append(Pad(hours, TotalDigits - 2)).Append(Pad(minutes, 2));
        }

        return text.ToString();
    }

    /// <summary>A regular expression (without groups) for offsets written this way.</summary>
    public string MatchPattern()
    {
        var offset = OffsetPattern();
        return ZeroAsZ ? $"(?:{offset}|Z)" : offset;
    }

    /// <summary>A regular expression (without groups) for a signed offset written this way.</summary>
    public string OffsetPattern() =>
        Separator is not null ? $@"[+-][0-9]{{1,2}}{Regex.Escape(Separator)}[0-9]{{2}}"
        : TotalDigits <= 2 ? @"[+-][0-9]{1,2}(?::[0-9]{2})?"
        : @"[+-][0-9]{3,4}";

    /// <summary>The offset in minutes of text that <see cref="MatchPattern"/> matched.</summary>
    public static int ReadOffset(string text)
    {
        if (text == "Z")
        {
            return 0;
        }

        var body = text[1..];
        var split = body.AsSpan().IndexOfAnyExcept("0123456789");
        string hours;
        var minutes = "0";
        if (split >= 0)
        {
            hours = body[..split];
            minutes = body[(split + 1)..];
        }
        else if (body.Length <= 2)
        {
            hours = body;
        }
        else
        {
            hours = body[..^2];
            minutes = body[^2..];
        }

        var total = int.Parse(hours, CultureInfo.InvariantCulture) * 60 + int.Parse(minutes, CultureInfo.InvariantCulture);
        return text[0] == '-' ? -total : total;
    }

    private static string Pad(int value, int digits) => value.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
}
