namespace Cairn.Asl.Choice;

/// <summary>
/// A timestamp as the Amazon States Language defines it: the RFC 3339 profile of ISO 8601 with an
/// uppercase <c>T</c> between date and time and an uppercase <c>Z</c> when there is no numeric
/// offset, e.g. <c>2016-03-14T01:59:00Z</c> or <c>2016-03-14T02:59:00.125+01:00</c>. Kept as an
/// instant with nanosecond precision (AWS accepts nine fractional digits), so values written
/// with different offsets compare by the moment they denote.
/// </summary>
public readonly struct AslTimestamp : IComparable<AslTimestamp>, IEquatable<AslTimestamp>
{
    private const int MaxFractionDigits = 9;
    private const int MaxOffsetHours = 18;

    private AslTimestamp(long epochSecond, int nanosecond)
    {
        EpochSecond = epochSecond;
        Nanosecond = nanosecond;
    }

    /// <summary>Whole seconds since 1970-01-01T00:00:00Z.</summary>
    public long EpochSecond { get; }

    /// <summary>The fraction of the second, in nanoseconds (0 to 999,999,999).</summary>
    public int Nanosecond { get; }

    public static bool operator ==(AslTimestamp left, AslTimestamp right) => left.Equals(right);

    public static bool operator !=(AslTimestamp left, AslTimestamp right) => !left.Equals(right);

    public static bool operator <(AslTimestamp left, AslTimestamp right) => left.CompareTo(right) < 0;

    public static bool operator >(AslTimestamp left, AslTimestamp right) => left.CompareTo(right) > 0;

    public static bool operator <=(AslTimestamp left, AslTimestamp right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AslTimestamp left, AslTimestamp right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Parses <c>yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)</c>, checking every field's range (no
    /// leap seconds; offsets up to ±18:00). Anything else, including a missing offset or a space
    /// instead of <c>T</c>, is not a timestamp.
    /// </summary>
    public static bool TryParse(string text, out AslTimestamp value)
    {
        value = default;
        var s = text.AsSpan();
        if (s.Length < 20
            || !TryDigits(s, 0, 4, out var year) || s[4] != '-'
            || !TryDigits(s, 5, 2, out var month) || s[7] != '-'
            || !TryDigits(s, 8, 2, out var day) || s[10] != 'T'
            || !TryDigits(s, 11, 2, out var hour) || s[13] != ':'
            || !TryDigits(s, 14, 2, out var minute) || s[16] != ':'
            || !TryDigits(s, 17, 2, out var second))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var i = 19;
        var nanos = 0;
        if (s[i] == '.')
        {
            i++;
            var digits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                if (++digits > MaxFractionDigits)
                {
                    return false;
                }

                nanos = (nanos * 10) + (s[i] - '0');
                i++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (var pad = digits; pad < MaxFractionDigits; pad++)
            {
                nanos *= 10;
            }
        }

        if (!TryOffset(s[i..], out var offsetSeconds))
        {
            return false;
        }

        var epochSecond = (DaysFromCivil(year, month, day) * 86_400L) + (hour * 3600L) + (minute * 60L) + second - offsetSeconds;
        value = new AslTimestamp(epochSecond, nanos);
        return true;
    }

    public int CompareTo(AslTimestamp other)
    {
        var bySecond = EpochSecond.CompareTo(other.EpochSecond);
        return bySecond != 0 ? bySecond : Nanosecond.CompareTo(other.Nanosecond);
    }

    public bool Equals(AslTimestamp other) => EpochSecond == other.EpochSecond && Nanosecond == other.Nanosecond;

    public override bool Equals(object? obj) => obj is AslTimestamp other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(EpochSecond, Nanosecond);

    private static bool TryOffset(ReadOnlySpan<char> s, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (s.Length == 1 && s[0] == 'Z')
        {
            return true;
        }

        if (s.Length != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':'
            || !TryDigits(s, 1, 2, out var hours) || !TryDigits(s, 4, 2, out var minutes)
            || minutes > 59 || hours > MaxOffsetHours || (hours == MaxOffsetHours && minutes != 0))
        {
            return false;
        }

        offsetSeconds = ((hours * 60) + minutes) * 60 * (s[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    // Proleptic Gregorian, including year 0000, which DateTime cannot represent.
    private static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    // Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    private static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5) + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }
}
