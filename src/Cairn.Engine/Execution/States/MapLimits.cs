using System.Globalization;
using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Execution.States;

/// <summary>
/// A Map's numeric limits, given literally or through a path: MaxConcurrency, and for a
/// distributed Map ToleratedFailureCount and ToleratedFailurePercentage. A path may refer to the
/// number or to its text (e.g. "1").
/// </summary>
internal static class MapLimits
{
    /// <summary>0 means no limit.</summary>
    public static int MaxConcurrency(IDataScope scope, MapState map, JValue effective) =>
        map.Configuration.MaxConcurrency is { } source ? (int)Math.Min(NonNegativeInteger(scope, source, effective), int.MaxValue) : 0;

    public static long ToleratedFailureCount(IDataScope scope, MapState map, JValue effective) =>
        map.Configuration.ToleratedFailureCount is { } source ? NonNegativeInteger(scope, source, effective) : 0;

    private static long NonNegativeInteger(IDataScope scope, ValueSource source, JValue effective)
    {
        var value = source.Resolve(effective, scope);
        if (value is JNumber { IsIntegral: true } n && n.IntegerValue >= 0)
        {
            return n.IntegerValue;
        }

        if (value is JString s && long.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw value is JNumber { IsIntegral: true } ? FieldCauses.OutOfRange(source, value) : FieldCauses.Invalid(source, value, "integer");
    }

    public static double ToleratedFailurePercentage(IDataScope scope, MapState map, JValue effective)
    {
        if (map.Configuration.ToleratedFailurePercentage is not { } source)
        {
            return 0;
        }

        var value = source.Resolve(effective, scope);
        double percentage;
        if (value is JNumber n)
        {
            percentage = n.DoubleValue;
        }
        else if (value is not JString s || !double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out percentage))
        {
            throw FieldCauses.Invalid(source, value, "number");
        }

        if (percentage is < 0 or > 100)
        {
            throw FieldCauses.OutOfRange(source, value);
        }

        return percentage;
    }

    /// <summary>True while <paramref name="failed"/> of <paramref name="total"/> iterations stay within either threshold.</summary>
    public static bool Tolerates(int failed, int total, long toleratedCount, double toleratedPercentage)
    {
        var withinCount = failed <= toleratedCount;
        var withinPercentage = total > 0 && failed * 100.0 / total <= toleratedPercentage;
        return withinCount || withinPercentage;
    }
}
