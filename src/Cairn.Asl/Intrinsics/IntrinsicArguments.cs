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
    /// A numeric argument as an integer. AWS documents "rounding" but observably drops the
    /// fraction (ArrayRange(1.6, 1.4, 1) is [1], MathRandom(1.4, 1.6) fails), as Java's
    /// <c>intValue()</c> does; so the fraction is truncated toward zero.
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

            var truncated = Math.Truncate(number.DoubleValue);
            if (truncated >= long.MinValue && truncated < 9.2233720368547758E18)
            {
                result = (long)truncated;
                return true;
            }
        }

        result = 0;
        return false;
    }

    public static bool TryGetString(JValue value, [NotNullWhen(true)] out string? result)
    {
        result = (value as JString)?.Value;
        return result is not null;
    }
}
