using System.Numerics;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// An XPath <c>format-integer</c> picture: a primary format token (a decimal digit pattern,
/// <c>a</c>, <c>A</c>, <c>i</c>, <c>I</c>, <c>w</c>, <c>W</c> or <c>Ww</c>) and whether numbers are
/// ordinal. Shared by <c>$formatInteger</c>, <c>$parseInteger</c> and the date/time pictures.
/// </summary>
internal sealed class IntegerPicture
{
    private IntegerPicture(IntegerStyle style, LetterCase letterCase, DecimalDigitPattern? digits, bool ordinal)
    {
        Style = style;
        LetterCase = letterCase;
        Digits = digits;
        Ordinal = ordinal;
    }

    public IntegerStyle Style { get; }

    public LetterCase LetterCase { get; }

    /// <summary>Set when <see cref="Style"/> is <see cref="IntegerStyle.Decimal"/>.</summary>
    public DecimalDigitPattern? Digits { get; }

    public bool Ordinal { get; }

    /// <summary>Parses a <c>$formatInteger</c> picture: the primary token, then after the last <c>;</c> a modifier where <c>o</c> asks for ordinals.</summary>
    public static IntegerPicture ParseWithModifier(string picture)
    {
        var semicolon = picture.LastIndexOf(';');
        if (semicolon < 0)
        {
            return Parse(picture, ordinal: false);
        }

        return Parse(picture[..semicolon], ordinal: picture.AsSpan(semicolon + 1).StartsWith("o", StringComparison.Ordinal));
    }

    /// <summary>Parses a primary format token; D3130 when it is not one this implementation supports.</summary>
    public static IntegerPicture Parse(string token, bool ordinal) => token switch
    {
        "a" => new IntegerPicture(IntegerStyle.Alphabetic, LetterCase.Lower, null, ordinal),
        "A" => new IntegerPicture(IntegerStyle.Alphabetic, LetterCase.Upper, null, ordinal),
        "i" => new IntegerPicture(IntegerStyle.Roman, LetterCase.Lower, null, ordinal),
        "I" => new IntegerPicture(IntegerStyle.Roman, LetterCase.Upper, null, ordinal),
        "w" => new IntegerPicture(IntegerStyle.Words, LetterCase.Lower, null, ordinal),
        "W" => new IntegerPicture(IntegerStyle.Words, LetterCase.Upper, null, ordinal),
        "Ww" => new IntegerPicture(IntegerStyle.Words, LetterCase.Title, null, ordinal),
        _ when DecimalDigitPattern.IsDigitPattern(token) =>
            new IntegerPicture(IntegerStyle.Decimal, LetterCase.Lower, DecimalDigitPattern.Parse(token), ordinal),
        _ => throw Unsupported(token),
    };

    private static JsonataException Unsupported(string token) =>
        new("D3130", $"Formatting or parsing an integer as a sequence starting with \"{token}\" is not supported by this implementation");

    /// <summary>Formats a whole number (the caller has already made it whole).</summary>
    public string Format(double value) => Format(value, Digits?.MandatoryDigits ?? 0);

    /// <summary>Formats a whole number; a decimal digit pattern writes at least <paramref name="minimumDigits"/> digits.</summary>
    public string Format(double value, int minimumDigits)
    {
        if (value < 0)
        {
            return "-" + Format(-value, minimumDigits);
        }

        switch (Style)
        {
            case IntegerStyle.Alphabetic:
                return AlphabeticNumerals.Format((long)value, LetterCase == LetterCase.Upper);
            case IntegerStyle.Roman:
                if (value > RomanNumerals.MaxValue)
                {
                    throw Unsupported(LetterCase == LetterCase.Upper ? "I" : "i");
                }

                return RomanNumerals.Format((long)value, LetterCase == LetterCase.Upper);
            case IntegerStyle.Words:
                return NumberWords.ApplyCase(NumberWords.Format(value, Ordinal), LetterCase);
            default:
                var whole = new BigInteger(value);
                var text = Digits!.Format(whole, minimumDigits);
                return Ordinal ? text + OrdinalSuffix(whole) : text;
        }
    }

    /// <summary>Reads a number written in this picture; null when the text is not one.</summary>
    public double? Parse(string text)
    {
        switch (Style)
        {
            case IntegerStyle.Alphabetic:
                return AlphabeticNumerals.Parse(text);
            case IntegerStyle.Roman:
                return RomanNumerals.Parse(text);
            case IntegerStyle.Words:
                return NumberWords.Parse(text);
            default:
                var negative = text.StartsWith('-');
                var value = Digits!.ParseDigits(negative ? text[1..] : text, out _);
                if (value is null)
                {
                    return null;
                }

                return negative ? -(double)value.Value : (double)value.Value;
        }
    }

    private static string OrdinalSuffix(BigInteger value)
    {
        var lastTwo = (int)(value % 100);
        if (lastTwo is >= 11 and <= 13)
        {
            return "th";
        }

        return (lastTwo % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }
}
