using System.Globalization;
using System.Numerics;
using System.Text;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// A decimal-digit-pattern of an XPath <c>format-integer</c> picture such as <c>#,##0</c>:
/// mandatory digits from one Unicode digit family, optional digits <c>#</c>, and grouping
/// separators (any other characters). Separators at regular intervals repeat to the left.
/// </summary>
internal sealed class DecimalDigitPattern
{
    private readonly (int Position, string Separator)[] _separators;
    private readonly int _regularInterval;

    private DecimalDigitPattern(int zero, int mandatoryDigits, int optionalDigits, (int, string)[] separators, int regularInterval)
    {
        Zero = zero;
        MandatoryDigits = mandatoryDigits;
        OptionalDigits = optionalDigits;
        _separators = separators;
        _regularInterval = regularInterval;
    }

    /// <summary>The code point of the family's zero digit.</summary>
    public int Zero { get; }

    public int MandatoryDigits { get; }

    public int OptionalDigits { get; }

    /// <summary>True when <paramref name="text"/> contains a decimal digit, so is a digit pattern rather than some other token.</summary>
    public static bool IsDigitPattern(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Analyses a pattern that <see cref="IsDigitPattern"/> accepted; D3131 when digits come from more than one family.</summary>
    public static DecimalDigitPattern Parse(string text)
    {
        var zero = -1;
        var mandatory = 0;
        var optional = 0;
        var separatorsFromLeft = new List<(int DigitsBefore, string Separator)>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
            {
                var familyZero = rune.Value - (int)Rune.GetNumericValue(rune);
                if (zero >= 0 && familyZero != zero)
                {
                    throw new JsonataException("D3131", "In a decimal digit pattern, all digits must be from the same decimal group");
                }

                zero = familyZero;
                mandatory++;
            }
            else if (rune.Value == '#')
            {
                optional++;
            }
            else
            {
                separatorsFromLeft.Add((mandatory + optional, rune.ToString()));
            }
        }

        var total = mandatory + optional;
        var separators = separatorsFromLeft.Select(s => (total - s.DigitsBefore, s.Separator)).OrderBy(s => s.Item1).ToArray();
        return new DecimalDigitPattern(zero, mandatory, optional, separators, RegularInterval(separators));
    }

    /// <summary>Positions N, 2N, 3N … with one separator character repeat for ever; anything else is used as written.</summary>
    private static int RegularInterval((int Position, string Separator)[] separators)
    {
        if (separators.Length == 0 || separators[0].Position <= 0)
        {
            return 0;
        }

        var interval = separators[0].Position;
        for (var i = 0; i < separators.Length; i++)
        {
            if (separators[i].Position != interval * (i + 1) || separators[i].Separator != separators[0].Separator)
            {
                return 0;
            }
        }

        return interval;
    }

    /// <summary>Formats a non-negative whole number (minus signs are the caller's) with at least <paramref name="minimumDigits"/> digits.</summary>
    public string Format(BigInteger value, int minimumDigits)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        if (digits.Length < minimumDigits)
        {
            digits = new string('0', minimumDigits - digits.Length) + digits;
        }

        var text = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0)
            {
                AppendSeparatorsAt(text, digits.Length - i);
            }

            text.Append(char.ConvertFromUtf32(Zero + (digits[i] - '0')));
        }

        AppendSeparatorsAt(text, 0);
        return text.ToString();
    }

    // Writes the separators that stand with "position" digits to their right.
    private void AppendSeparatorsAt(StringBuilder text, int position)
    {
        if (_regularInterval > 0)
        {
            if (position > 0 && position % _regularInterval == 0)
            {
                text.Append(_separators[0].Separator);
            }

            return;
        }

        foreach (var (separatorPosition, separator) in _separators)
        {
            if (separatorPosition == position)
            {
                text.Append(separator);
            }
        }
    }

    /// <summary>Reads a number written in this pattern's digit family, skipping its separators; null when no digit is found.</summary>
    public BigInteger? ParseDigits(string text, out int consumed)
    {
        BigInteger value = 0;
        var any = false;
        consumed = 0;
        var separators = _separators.Select(s => s.Separator).ToHashSet(StringComparer.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            var digit = rune.Value - Zero;
            if (digit is >= 0 and <= 9)
            {
                value = value * 10 + digit;
                any = true;
            }
            else if (!(any && separators.Contains(rune.ToString())))
            {
                break;
            }

            consumed += rune.Utf16SequenceLength;
        }

        return any ? value : null;
    }

    /// <summary>Each digit of the family as text, for building matchers.</summary>
    public IEnumerable<string> FamilyDigits() => Enumerable.Range(0, 10).Select(d => char.ConvertFromUtf32(Zero + d));

    public IEnumerable<string> Separators => _separators.Select(s => s.Separator).Distinct();
}
