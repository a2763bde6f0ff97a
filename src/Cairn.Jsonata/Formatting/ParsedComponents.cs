using System.Globalization;

namespace Cairn.Jsonata.Formatting;

/// <summary>The date/time components read from a timestamp, and how they combine into an instant.</summary>
internal sealed class ParsedComponents
{
    // The chains of components a timestamp is built from, most significant first.
    private const string MonthChain = "YMDHmsf";
    private const string DayOfYearChain = "YdHmsf";

    /// <summary>Beyond this many milliseconds from the epoch there is no valid timestamp (as in ECMAScript).</summary>
    private const double MaxMillis = 8.64e15;

    private readonly Dictionary<char, double> _values = new();
    private bool _weekBased;
    private bool _twelveHour;
    private bool? _pm;
    private int _offsetMinutes;

    /// <summary>Records what one marker matched; false when the text is not a value of the component.</summary>
    public bool Read(DateTimeMarker marker, string text)
    {
        switch (marker.Component)
        {
            case 'Z':
                _offsetMinutes = TimezonePicture.ReadOffset(text);
                return true;
            case 'z':
                _offsetMinutes = TimezonePicture.ReadOffset(text == "Z" ? text : text[3..]);
                return true;
            case 'P':
                _pm = string.Equals(text, "pm", StringComparison.OrdinalIgnoreCase);
                return true;
            case 'F' or 'C' or 'E':
                return true; // the day of week follows from the date
            case 'X' or 'W' or 'w' or 'x':
                _weekBased = true;
                return true;
            case 'f':
                if (ReadFraction(text) is not { } fraction)
                {
                    return false;
                }

                _values['f'] = fraction;
                return true;
        }

        double? value;
        if (marker.NameCase is not null)
        {
            var month = CalendarNames.Find(CalendarNames.Months, text, marker.MaxWidth);
            value = month == 0 ? null : month;
        }
        else
        {
            value = marker.Integer!.Parse(text);
        }

        if (value is null)
        {
            return false;
        }

        if (marker.Component == 'h')
        {
            _twelveHour = true;
            _values['H'] = value.Value % 12; // 12 am is midnight
        }
        else
        {
            _values[marker.Component] = value.Value;
        }

        return true;
    }

    /// <summary>The instant, or null when it is out of range. D3136 when the components leave a gap.</summary>
    public long? ToMillis(DateTimeOffset now)
    {
        var hasDate = _values.ContainsKey('Y') || _values.ContainsKey('M') || _values.ContainsKey('D') || _values.ContainsKey('d');
        if (_weekBased && !hasDate)
        {
            throw MissingSpecifiers();
        }

        var chain = _values.ContainsKey('d') ? DayOfYearChain : MonthChain;
        var first = chain.Length;
        var last = -1;
        for (var i = 0; i < chain.Length; i++)
        {
            if (_values.ContainsKey(chain[i]))
            {
                first = Math.Min(first, i);
                last = i;
            }
        }

        for (var i = first; i < last; i++)
        {
            if (!_values.ContainsKey(chain[i]))
            {
                throw MissingSpecifiers();
            }
        }

        var current = new DateTimeFields(now.ToUnixTimeMilliseconds(), 0);
        double Component(char c)
        {
            var index = chain.IndexOf(c);
            if (index < first)
            {
                return c switch
                {
                    'Y' => current.Year,
                    'M' => current.Month,
                    'D' => current.Day,
                    'd' => current.DayOfYear,
                    'H' => current.Hour,
                    'm' => current.Minute,
                    's' => current.Second,
                    _ => current.Millisecond,
                };
            }

            return index > last ? (c is 'M' or 'D' or 'd' ? 1 : 0) : _values[c];
        }

        var hour = Component('H');
        if (_twelveHour && _pm == true)
        {
            hour += 12;
        }

        var year = (long)Math.Clamp(Component('Y'), -1e6, 1e6);
        var days = chain == DayOfYearChain
            ? CivilDate.DaysFromCivil(year, 1, 1) + Clamp(Component('d')) - 1
            : CivilDate.DaysFromLenientCivil(year, Clamp(Component('M')), Clamp(Component('D')));
        var millis = days * CivilDate.MillisPerDay + hour * 3_600_000 + Component('m') * 60_000 + Component('s') * 1000 + Component('f')
            - _offsetMinutes * 60_000.0;
        return Math.Abs(millis) > MaxMillis ? null : (long)millis;
    }

    private static long Clamp(double value) => (long)Math.Clamp(value, -1e9, 1e9);

    // Fractional seconds are read as a decimal fraction and truncated to milliseconds.
    /// <summary>The milliseconds of a fraction written as decimal digits (an ordinal suffix after them is ignored); null for anything else.</summary>
    private static double? ReadFraction(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return null;
        }

        var millis = (text[..digits] + "00")[..3];
        return int.Parse(millis, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static JsonataException MissingSpecifiers() =>
        new("D3136", "The date/time picture string is missing specifiers required to parse the timestamp");
}
