using System.Globalization;
using System.Text;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// Numbers as JSONata prints them: the shortest text that reads back as the same double, with
/// JavaScript's choice between plain and exponent notation (plain from 1e-7 to 1e21).
/// </summary>
internal static class JavaScriptNumberFormat
{
    /// <summary>The text JavaScript's <c>Number.prototype.toString()</c> gives for a finite double.</summary>
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        // An integer below 2^53 is exact: its digits are the shortest text, in plain notation.
        if (Math.Abs(value) < MaxExactInteger && Math.Floor(value) == value)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return FromDigits(value < 0, Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>2^53: every integer below it is a double, and prints as its own digits.</summary>
    private const double MaxExactInteger = 9_007_199_254_740_992d;

    /// <summary>JavaScript's text for a number whose significant digits .NET wrote as <paramref name="text"/> (plain or E notation, no sign).</summary>
    private static string FromDigits(bool negative, string text)
    {
        var (digits, pointPosition) = Decompose(text);
        var sb = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            sb.Append('-');
        }

        var k = digits.Length;
        var n = pointPosition;
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The text <c>$string</c> and string concatenation give: integers as they are, other numbers
    /// rounded to 15 significant digits first so that binary noise such as 0.30000000000000004 disappears.
    /// </summary>
    public static string FormatForString(double value)
    {
        if (Math.Floor(value) == value)
        {
            return Format(value);
        }

        // 15 significant digits, trailing zeros dropped, are the shortest text of the rounded double
        // (any decimal of at most 15 digits reads back as a double that prints as that decimal).
        return FromDigits(value < 0, Math.Abs(value).ToString("G15", CultureInfo.InvariantCulture));
    }

    // Splits .NET's round-trip text ("1.2345E-05", "123.45") into significant digits without
    // leading or trailing zeros and the position of the decimal point relative to those digits.
    private static (string Digits, int PointPosition) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = text;
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = text[..e];
        }

        var dot = mantissa.IndexOf('.');
        var integerLength = dot < 0 ? mantissa.Length : dot;
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var point = integerLength + exponent;
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, point - leading);
    }
}
