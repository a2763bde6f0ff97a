using System.Diagnostics.CodeAnalysis;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>Type checks and conversions of evaluated argument values, shared by the function groups.</summary>
internal static class IntrinsicArguments
{
    public static string RequireString(IntrinsicCall call, JValue value) =>
        value is JString s ? s.Value : throw IntrinsicErrors.InvalidArguments(call);

    public static JArray RequireArray(IntrinsicCall call, JValue value) =>
        value as JArray ?? throw IntrinsicErrors.InvalidArguments(call);

    public static JObject RequireObject(IntrinsicCall call, JValue value) =>
        value as JObject ?? throw IntrinsicErrors.InvalidArguments(call);

    /// <summary>
    /// A numeric argument as an integer. AWS documents that a non-integer value is "rounded off to
    /// the nearest integer" (MathAdd, MathRandom, ArrayRange, ArrayPartition), and its recorded
    /// results round as Java's <c>Math.round</c> does: halves go up, toward positive infinity
    /// (1.5 is 2, -1.5 is -1, -2.5 is -2). Every integer argument of every intrinsic uses this one rule.
    /// </summary>
    public static long RequireInteger(IntrinsicCall call, JValue value) =>
        TryGetInteger(value, out var result) ? result : throw IntrinsicErrors.InvalidArguments(call);

    /// <summary>Like <see cref="RequireInteger"/>, but the value must also fit in 32 bits.</summary>
    public static int RequireInt32(IntrinsicCall call, JValue value)
    {
        var result = RequireInteger(call, value);
        return result is >= int.MinValue and <= int.MaxValue ? (int)result : throw IntrinsicErrors.InvalidArguments(call);
    }

    public static bool TryGetInteger(JValue value, out long result)
    {
        if (value is JNumber number)
        {
            if (number.IsIntegral)
            {
                result = number.IntegerValue;
                return true;
            }

            var rounded = RoundHalfUp(number.DoubleValue);
            if (rounded >= long.MinValue && rounded < 9.2233720368547758E18)
            {
                result = (long)rounded;
                return true;
            }
        }

        result = 0;
        return false;
    }

    /// <summary>
    /// Java's <c>Math.round</c> on a double, exactly: the nearest integer, halves toward positive
    /// infinity. <c>Math.Floor(x + 0.5)</c> is not exact (0.49999999999999994 + 0.5 rounds up to 1),
    /// so the fraction is compared instead; <c>x - Math.Floor(x)</c> is exact for every double.
    /// </summary>
    public static double RoundHalfUp(double value)
    {
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    public static bool TryGetString(JValue value, [NotNullWhen(true)] out string? result)
    {
        result = (value as JString)?.Value;
        return result is not null;
    }
}
