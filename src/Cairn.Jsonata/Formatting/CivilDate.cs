namespace Cairn.Jsonata.Formatting;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), with
/// astronomical year numbering (year 0 is 1 BC), for any year a <see cref="long"/> of days holds.
/// </summary>
internal static class CivilDate
{
    public const long MillisPerDay = 86_400_000;

    private const long DaysPer400Years = 146_097;
    private const long DaysFromYearZeroMarchToEpoch = 719_468;

    /// <summary>The day number of a date; <paramref name="month"/> 1–12, <paramref name="day"/> 1–31.</summary>
    public static long DaysFromCivil(long year, int month, int day)
    {
        // Count years from March so that the leap day ends the year.
        var marchYear = month <= 2 ? year - 1 : year;
        var era = FloorDiv(marchYear, 400);
        var yearOfEra = marchYear - era * 400;
        var monthFromMarch = (month + 9) % 12;
        var dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DaysPer400Years + dayOfEra - DaysFromYearZeroMarchToEpoch;
    }

    /// <summary>The day number of a date whose month and day may overflow (month 13 is January of the next year, 30 February is 2 March).</summary>
    public static long DaysFromLenientCivil(long year, long month, long day)
    {
        year += FloorDiv(month - 1, 12);
        var normalMonth = (int)(month - 1 - FloorDiv(month - 1, 12) * 12) + 1;
        return DaysFromCivil(year, normalMonth, 1) + day - 1;
    }

    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        var shifted = days + DaysFromYearZeroMarchToEpoch;
        var era = FloorDiv(shifted, DaysPer400Years);
        var dayOfEra = shifted - era * DaysPer400Years;
        var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        var monthFromMarch = (5 * dayOfYear + 2) / 153;
        var day = (int)(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        var month = (int)(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        var year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    /// <summary>ISO day of week: 1 Monday … 7 Sunday.</summary>
    public static int IsoWeekday(long days) => (int)FloorMod(days + 3, 7) + 1;

    public static long FloorDiv(long a, long b) => a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);

    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
