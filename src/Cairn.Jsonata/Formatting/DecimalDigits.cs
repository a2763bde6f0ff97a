using System.Globalization;
using System.Text;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// A non-negative number as decimal digits: value = 0.<see cref="Digits"/> × 10^<see cref="PointPosition"/>.
/// Built from the shortest text that reads back as the same double, so 0.1 has the digit "1",
/// and rounded half-to-even on those digits.
/// </summary>
internal readonly record struct DecimalDigits(string Digits, int PointPosition)
{
    public static readonly DecimalDigits Zero = new(string.Empty, 0);

    public bool IsZero => Digits.Length == 0;

    public static DecimalDigits FromDouble(double value)
    {
        if (value == 0)
        {
            return Zero;
        }

        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentIndex = shortest.IndexOfAny(['E', 'e']);
        var mantissa = exponentIndex < 0 ? shortest : shortest[..exponentIndex];
        var exponent = exponentIndex < 0 ? 0 : int.Parse(shortest[(exponentIndex + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var integerDigits = point < 0 ? mantissa.Length : point;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        return new DecimalDigits(digits, integerDigits + exponent - leadingZeros);
    }

    /// <summary>Rounds half-to-even to <paramref name="fractionDigits"/> digits after the point.</summary>
    public DecimalDigits Round(int fractionDigits)
    {
        var keep = PointPosition + fractionDigits;
        if (keep >= Digits.Length)
        {
            return this;
        }

        if (keep < 0)
        {
            return Zero;
        }

        var dropped = Digits.AsSpan(keep);
        var lastKeptOdd = keep > 0 && (Digits[keep - 1] - '0') % 2 == 1;
        var roundUp = dropped[0] > '5' || (dropped[0] == '5' && (dropped[1..].IndexOfAnyExcept('0') >= 0 || lastKeptOdd));
        if (!roundUp)
        {
            return new DecimalDigits(Digits[..keep].TrimEnd('0'), PointPosition).Normalize();
        }

        var kept = new StringBuilder(Digits[..keep]);
        var i = kept.Length - 1;
        while (i >= 0 && kept[i] == '9')
        {
            kept[i] = '0';
            i--;
        }

        if (i < 0)
        {
            kept.Insert(0, '1');
            return new DecimalDigits(kept.ToString().TrimEnd('0'), PointPosition + 1);
        }

        kept[i]++;
        return new DecimalDigits(kept.ToString().TrimEnd('0'), PointPosition);
    }

    private DecimalDigits Normalize() => Digits.Length == 0 ? Zero : this;

    /// <summary>The digits before the point, without leading zeros ("" for numbers below one).</summary>
    public string IntegerPart() =>
        PointPosition <= 0 ? string.Empty
        : PointPosition >= Digits.Length ? Digits + new string('0', PointPosition - Digits.Length)
        : Digits[..PointPosition];

    /// <summary>The digits after the point, without trailing zeros.</summary>
    public string FractionPart() =>
        PointPosition >= Digits.Length ? string.Empty
        : PointPosition >= 0 ? Digits[PointPosition..]
        : new string('0', -PointPosition) + Digits;
}
