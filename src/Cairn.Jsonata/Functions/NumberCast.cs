using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Cairn.Json;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// <c>$number</c>'s casting: numbers as they are, booleans as 1 and 0, strings holding a JSON
/// number (leading zeros allowed) or a 0x / 0o / 0b literal; anything else is D3030.
/// </summary>
internal static partial class NumberCast
{
    public static JNumber Cast(JValue value)
    {
        switch (value)
        {
            case JNumber n:
                return n;
            case JBool b:
                return JNumber.From(b.Value ? 1 : 0);
            case JString s when TryParse(s.Value, out var number):
                return NumericFunctions.Result(number);
            default:
                throw new JsonataException("D3030", "Unable to cast value to a number: " + StringCast.ToJsonText(value), value: value);
        }
    }

    private static bool TryParse(string text, out double number)
    {
        number = 0;
        if (DecimalNumber().IsMatch(text))
        {
            number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return double.IsFinite(number);
        }

        if (!PrefixedInteger().IsMatch(text))
        {
            return false;
        }

        var radix = char.ToLowerInvariant(text[1]) switch
        {
            'x' => 16,
            'o' => 8,
            _ => 2,
        };

        var value = BigInteger.Zero;
        foreach (var c in text.AsSpan(2))
        {
            value = value * radix + (char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10);
        }

        // Through decimal text so that integers beyond 2^53 round to the nearest double.
        number = double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number);
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();

    [GeneratedRegex("^0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedInteger();
}
