using System.Globalization;
using System.Text;

namespace Cairn.Jsonata.Formatting;

/// <summary>XPath <c>format-number</c> (F&amp;O 3.1 §4.7), as JSONata's <c>$formatNumber</c> uses it.</summary>
internal static class NumberFormatter
{
    public static string Format(double value, string picture, DecimalFormatSymbols symbols)
    {
        var subPictures = picture.Split(symbols.PatternSeparator);
        if (subPictures.Length > 2)
        {
            throw new JsonataException("D3080", NumberPictureErrors.Message("D3080"));
        }

        var positive = NumberSubPicture.Analyse(subPictures[0], symbols);
        var negative = subPictures.Length == 2 ? NumberSubPicture.Analyse(subPictures[1], symbols) : null;
        if (double.IsNaN(value))
        {
            return symbols.NaN;
        }

        var isNegative = value < 0;
        var sub = isNegative && negative is not null ? negative : positive;
        var prefix = isNegative && negative is null ? symbols.MinusSign + sub.Prefix : sub.Prefix;
        var magnitude = Math.Abs(value);
        if (sub.IsPercent)
        {
            magnitude *= 100;
        }
        else if (sub.IsPerMille)
        {
            magnitude *= 1000;
        }

        if (double.IsInfinity(magnitude))
        {
            return prefix + symbols.Infinity + sub.Suffix;
        }

        return prefix + FormatMagnitude(magnitude, sub, symbols) + sub.Suffix;
    }

    private static string FormatMagnitude(double magnitude, NumberSubPicture sub, DecimalFormatSymbols symbols)
    {
        var number = DecimalDigits.FromDouble(magnitude);
        var exponent = 0;
        if (sub.HasExponent && !number.IsZero)
        {
            // Scale so that the mantissa has ScalingFactor digits before the point, then round;
            // rounding up to a new digit (9.99 → 10.0) moves the point back by one.
            exponent = number.PointPosition - sub.ScalingFactor;
            number = new DecimalDigits(number.Digits, sub.ScalingFactor).Round(sub.MaximumFractionalPartSize);
            if (!number.IsZero && number.PointPosition > sub.ScalingFactor)
            {
                exponent += number.PointPosition - sub.ScalingFactor;
                number = number with { PointPosition = sub.ScalingFactor };
            }
        }
        else
        {
            number = number.Round(sub.MaximumFractionalPartSize);
        }

        var integerDigits = number.IntegerPart();
        if (integerDigits.Length < sub.MinimumIntegerPartSize)
        {
            integerDigits = new string('0', sub.MinimumIntegerPartSize - integerDigits.Length) + integerDigits;
        }

        var fractionDigits = number.FractionPart();
        if (fractionDigits.Length < sub.MinimumFractionalPartSize)
        {
            fractionDigits += new string('0', sub.MinimumFractionalPartSize - fractionDigits.Length);
        }

        var text = new StringBuilder();
        AppendGroupedInteger(text, integerDigits, sub, symbols);
        if (fractionDigits.Length > 0)
        {
            text.Append(symbols.DecimalSeparator);
            AppendGroupedFraction(text, fractionDigits, sub, symbols);
        }

        if (sub.HasExponent)
        {
            text.Append(symbols.ExponentSeparator);
            if (exponent < 0)
            {
                text.Append(symbols.MinusSign);
            }

            var exponentDigits = Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
            AppendDigits(text, exponentDigits.PadLeft(sub.MinimumExponentSize, '0'), symbols);
        }

        return text.ToString();
    }

    private static void AppendGroupedInteger(StringBuilder text, string digits, NumberSubPicture sub, DecimalFormatSymbols symbols)
    {
        for (var i = 0; i < digits.Length; i++)
        {
            var remaining = digits.Length - i;
            if (i > 0 && HasIntegerSeparator(sub, remaining))
            {
                text.Append(symbols.GroupingSeparator);
            }

            AppendDigit(text, digits[i], symbols);
        }
    }

    private static bool HasIntegerSeparator(NumberSubPicture sub, int digitsToTheRight) =>
        sub.RegularGroupingInterval > 0
            ? digitsToTheRight % sub.RegularGroupingInterval == 0
            : Array.IndexOf(sub.IntegerGroupingPositions, digitsToTheRight) >= 0;

    private static void AppendGroupedFraction(StringBuilder text, string digits, NumberSubPicture sub, DecimalFormatSymbols symbols)
    {
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && Array.IndexOf(sub.FractionGroupingPositions, i) >= 0)
            {
                text.Append(symbols.GroupingSeparator);
            }

            AppendDigit(text, digits[i], symbols);
        }
    }

    private static void AppendDigits(StringBuilder text, string digits, DecimalFormatSymbols symbols)
    {
        foreach (var digit in digits)
        {
            AppendDigit(text, digit, symbols);
        }
    }

    private static void AppendDigit(StringBuilder text, char asciiDigit, DecimalFormatSymbols symbols) =>
        text.Append(char.ConvertFromUtf32(symbols.Zero + (asciiDigit - '0')));
}
