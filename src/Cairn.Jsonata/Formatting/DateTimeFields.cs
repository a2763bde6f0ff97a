namespace Cairn.Jsonata.Formatting;

/// <summary>The calendar and clock fields of an instant seen at a fixed offset from UTC.</summary>
internal readonly struct DateTimeFields
{
    public DateTimeFields(long millis, int offsetMinutes)
    {
        OffsetMinutes = offsetMinutes;
        var local = millis + offsetMinutes * 60_000L;
        Days = CivilDate.FloorDiv(local, CivilDate.MillisPerDay);
        var timeOfDay = local - Days * CivilDate.MillisPerDay;
        (Year, Month, Day) = CivilDate.CivilFromDays(Days);
        Hour = (int)(timeOfDay / 3_600_000);
        Minute = (int)(timeOfDay / 60_000 % 60);
        Second = (int)(timeOfDay / 1000 % 60);
        Millisecond = (int)(timeOfDay % 1000);
    }

    public int OffsetMinutes { get; }

    /// <summary>Local day number (days since 1970-01-01).</summary>
    public long Days { get; }

    public long Year { get; }

    public int Month { get; }

    public int Day { get; }

    public int Hour { get; }

    public int Minute { get; }

    public int Second { get; }

    public int Millisecond { get; }

    public int DayOfYear => (int)(Days - CivilDate.DaysFromCivil(Year, 1, 1)) + 1;

    public int Weekday => CivilDate.IsoWeekday(Days);

    /// <summary>The ISO week (Monday to Sunday) belongs to the year and month of its Thursday.</summary>
    private (long Year, int Month, int Day) WeekThursday => CivilDate.CivilFromDays(Days - Weekday + 4);

    public long IsoWeekYear => WeekThursday.Year;

    public int IsoWeek
    {
        get
        {
            var thursday = WeekThursday;
            var dayOfYear = CivilDate.DaysFromCivil(thursday.Year, thursday.Month, thursday.Day) - CivilDate.DaysFromCivil(thursday.Year, 1, 1);
            return (int)(dayOfYear / 7) + 1;
        }
    }

    /// <summary>The month the week of <see cref="WeekOfMonth"/> is counted in.</summary>
    public int WeekMonth => WeekThursday.Month;

    public int WeekOfMonth => (WeekThursday.Day - 1) / 7 + 1;
}
