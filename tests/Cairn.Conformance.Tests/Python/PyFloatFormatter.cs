using System.Globalization;
using System.Text;

namespace Cairn.Conformance.Tests.Python;

/// <summary>
/// Spells a double the way Python's <c>repr(float)</c> / <c>json.dumps</c> do (shortest round-trip
/// digits; scientific notation below 1e-4 and from 1e16 on, with a two-digit exponent), so that
/// serialised snapshots and text replacements see the same characters Python saw.
/// </summary>
public static class PyFloatFormatter
{
    public static string JsonRepr(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "Infinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-Infinity";
        }

        return Repr(value);
    }

    public static string Repr(double value)
    {
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // .NET's "R" gives the shortest round-trip digits; re-layout them with Python's rules.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        if (negative)
        {
            shortest = shortest[1..];
        }

        var exponentPart = 0;
        var ePos = shortest.IndexOfAny(['E', 'e']);
        var mantissa = shortest;
        if (ePos >= 0)
        {
            exponentPart = int.Parse(shortest[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = shortest[..ePos];
        }

        var dot = mantissa.IndexOf('.');
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        // Decimal exponent of the first significant digit: value = 0.d1d2... * 10^pointPos.
        var pointPos = intPart.Length + exponentPart - leadingZeros;
        var exp10 = pointPos - 1;

        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        if (exp10 < -4 || exp10 >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            sb.Append('e').Append(exp10 < 0 ? '-' : '+').Append(Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (pointPos <= 0)
        {
            sb.Append("0.").Append('0', -pointPos).Append(digits);
        }
        else if (pointPos >= digits.Length)
        {
            sb.Append(digits).Append('0', pointPos - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, pointPos).Append('.').Append(digits, pointPos, digits.Length - pointPos);
        }

        return sb.ToString();
    }
}
