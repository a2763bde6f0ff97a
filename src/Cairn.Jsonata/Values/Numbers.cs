using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>JSONata numbers are IEEE doubles; results that are whole and exactly representable are kept as integers so they print without a fraction.</summary>
internal static class Numbers
{
    private const double MaxExactInteger = 9007199254740992d; // 2^53

    /// <summary>The JSON number for a finite double. Callers check finiteness first (D1001 / D3001 are theirs to raise).</summary>
    public static JNumber From(double value)
    {
        if (Math.Abs(value) <= MaxExactInteger && Math.Floor(value) == value && !(value == 0 && double.IsNegative(value)))
        {
            return JNumber.From((long)value);
        }

        return JNumber.From(value);
    }

    public static bool TryGetDouble(JValue? value, out double number)
    {
        if (value is JNumber n)
        {
            number = n.DoubleValue;
            return true;
        }

        number = 0;
        return false;
    }
}
