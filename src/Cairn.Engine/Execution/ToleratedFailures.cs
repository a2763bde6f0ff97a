using System.Globalization;
using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>A distributed Map's ToleratedFailureCount and ToleratedFailurePercentage (and their Path forms).</summary>
internal static class ToleratedFailures
{
    public static long Count(Frame frame, MapState map, JValue effective)
    {
        if (map.Configuration.ToleratedFailureCount is not { } source)
        {
            return 0;
        }

        var value = source.Resolve(effective, frame);
        if (value is JNumber { IsIntegral: true } n && n.IntegerValue >= 0)
        {
            return n.IntegerValue;
        }

        if (value is JString s && long.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw Invalid(source, value, "integer");
    }

    public static double Percentage(Frame frame, MapState map, JValue effective)
    {
        if (map.Configuration.ToleratedFailurePercentage is not { } source)
        {
            return 0;
        }

        var value = source.Resolve(effective, frame);
        double percentage;
        if (value is JNumber n)
        {
            percentage = n.DoubleValue;
        }
        else if (value is not JString s || !double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out percentage))
        {
            throw Invalid(source, value, "float");
        }

        if (percentage is < 0 or > 100)
        {
            throw new StatesException(StatesErrors.Runtime, "ToleratedFailurePercentage must be between 0 and 100.");
        }

        return percentage;
    }

    /// <summary>True while the failures so far stay within both thresholds.</summary>
    public static bool Tolerates(Join join, int failed)
    {
        var total = join.Items!.Count;
        var withinCount = failed <= join.ToleratedFailureCount;
        var withinPercentage = total > 0 && failed * 100.0 / total <= join.ToleratedFailurePercentage;
        return withinCount || withinPercentage;
    }

    private static StatesException Invalid(ValueSource source, JValue value, string kind) =>
        new(StatesErrors.Runtime, $"The {source.FieldName} field refers to value \"{(value is JString s ? s.Value : value.ToJson())}\" which is not a valid {kind}: {source.Path?.Text}");
}
