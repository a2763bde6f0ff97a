using System.Globalization;

namespace Cairn.Engine.History;

/// <summary>Timestamps as AWS writes them in context objects and text: ISO-8601, milliseconds, UTC, 'Z'.</summary>
public static class TimeFormat
{
    public static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
