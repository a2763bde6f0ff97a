using System.Globalization;
using System.Text;

namespace Cairn.Json;

/// <summary>
/// Formats doubles as Java's <c>Double.toString</c> does (the form AWS Step Functions writes):
/// the shortest digits that round-trip; plain notation with at least one fractional digit for
/// magnitudes in [1e-3, 1e7); otherwise <c>d.dddE[-]n</c>.
/// </summary>
public static class JavaDoubleFormat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // "E16" is not shortest; "R" is. Extract digits and exponent from the round-trip form.
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip[0] == '-';
        var body = negative ? roundTrip.AsSpan(1) : roundTrip.AsSpan();
        var exponent = 0;
        var ePos = body.IndexOfAny('E', 'e');
        if (ePos >= 0)
        {
            exponent = int.Parse(body[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..ePos];
        }

        var digits = new StringBuilder(24);
        var pointIndex = -1;
        foreach (var c in body)
        {
            if (c == '.')
            {
                pointIndex = digits.Length;
            }
            else
            {
                digits.Append(c);
            }
        }

        if (pointIndex < 0)
        {
            pointIndex = digits.Length;
        }

        // Normalise to digits d1 d2 ... with the decimal exponent of d1 = decimalExponent.
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        var significant = digits.ToString(leadingZeros, digits.Length - leadingZeros).TrimEnd('0');
        if (significant.Length == 0)
        {
            significant = "0";
        }

        var decimalExponent = pointIndex - leadingZeros - 1 + exponent;
        var sb = new StringBuilder(32);
        if (negative)
        {
            sb.Append('-');
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            if (decimalExponent >= 0)
            {
                var intDigits = decimalExponent + 1;
                if (significant.Length <= intDigits)
                {
                    sb.Append(significant).Append('0', intDigits - significant.Length).Append(".0");
                }
                else
                {
                    sb.Append(significant, 0, intDigits).Append('.').Append(significant, intDigits, significant.Length - intDigits);
                }
            }
            else
            {
                sb.Append("0.").Append('0', -decimalExponent - 1).Append(significant);
            }
        }
        else
        {
            sb.Append(significant[0]).Append('.');
            sb.Append(significant.Length > 1 ? significant.AsSpan(1) : "0");
            sb.Append('E').Append(decimalExponent.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
