namespace Cairn.Jsonata.Formatting;

/// <summary>
/// One sub-picture of an XPath <c>format-number</c> picture, analysed (F&amp;O 3.1 §4.7.4):
/// prefix and suffix, digit counts, grouping positions and exponent. D3081–D3093 report a
/// malformed sub-picture.
/// </summary>
internal sealed class NumberSubPicture
{
    public string Prefix { get; private init; } = string.Empty;

    public string Suffix { get; private init; } = string.Empty;

    public bool IsPercent { get; private init; }

    public bool IsPerMille { get; private init; }

    public bool HasExponent { get; private init; }

    public int MinimumIntegerPartSize { get; private init; }

    public int ScalingFactor { get; private init; }

    public int MinimumFractionalPartSize { get; private init; }

    public int MaximumFractionalPartSize { get; private init; }

    public int MinimumExponentSize { get; private init; }

    /// <summary>Grouping separator positions, counted in digits from the decimal separator leftwards.</summary>
    public int[] IntegerGroupingPositions { get; private init; } = [];

    /// <summary>When non-zero, grouping separators repeat every this many digits.</summary>
    public int RegularGroupingInterval { get; private init; }

    /// <summary>Grouping separator positions, counted in digits from the decimal separator rightwards.</summary>
    public int[] FractionGroupingPositions { get; private init; } = [];

    public static NumberSubPicture Analyse(string subPicture, DecimalFormatSymbols symbols)
    {
        var p = subPicture.EnumerateRunes().Select(r => r.Value).ToArray();
        var zero = symbols.Zero;
        var digit = FirstCodePoint(symbols.Digit);
        var decimalSeparator = FirstCodePoint(symbols.DecimalSeparator);
        var groupingSeparator = FirstCodePoint(symbols.GroupingSeparator);
        var exponentSeparator = FirstCodePoint(symbols.ExponentSeparator);
        bool IsDecimalDigit(int c) => c >= zero && c <= zero + 9;
        bool IsMantissaActive(int c) => IsDecimalDigit(c) || c == digit || c == decimalSeparator || c == groupingSeparator;

        // An exponent separator counts only straight after an active character; elsewhere it is passive text.
        var exponentIndex = -1;
        for (var i = 1; i < p.Length && exponentIndex < 0; i++)
        {
            if (p[i] == exponentSeparator && IsMantissaActive(p[i - 1]))
            {
                exponentIndex = i;
            }
        }

        bool IsActive(int i) => i == exponentIndex || IsMantissaActive(p[i]);
        var firstActive = Array.FindIndex(p, c => IsMantissaActive(c));
        var lastActive = exponentIndex;
        for (var i = p.Length - 1; i > lastActive; i--)
        {
            if (IsMantissaActive(p[i]))
            {
                lastActive = i;
                break;
            }
        }

        if (firstActive < 0)
        {
            throw p.Length == 0 ? Error("D3085") : Error("D3086");
        }

        if (p.Count(c => c == decimalSeparator) > 1)
        {
            throw Error("D3081");
        }

        var percentCount = Occurrences(subPicture, symbols.Percent);
        var perMilleCount = Occurrences(subPicture, symbols.PerMille);
        if (percentCount > 1)
        {
            throw Error("D3082");
        }

        if (perMilleCount > 1)
        {
            throw Error("D3083");
        }

        if (percentCount > 0 && perMilleCount > 0)
        {
            throw Error("D3084");
        }

        var mantissa = p[firstActive..(exponentIndex >= 0 ? exponentIndex : lastActive + 1)];
        var exponent = exponentIndex >= 0 ? p[(exponentIndex + 1)..(lastActive + 1)] : [];
        if (!mantissa.Any(c => IsDecimalDigit(c) || c == digit))
        {
            throw Error("D3085");
        }

        for (var i = firstActive; i <= lastActive; i++)
        {
            if (!IsActive(i))
            {
                throw Error("D3086");
            }
        }

        var point = Array.IndexOf(mantissa, decimalSeparator);
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fractionPart = point < 0 ? [] : mantissa[(point + 1)..];
        if (point >= 0 && ((point > 0 && mantissa[point - 1] == groupingSeparator) || (point + 1 < mantissa.Length && mantissa[point + 1] == groupingSeparator)))
        {
            throw Error("D3087");
        }

        if (integerPart.Length > 0 && integerPart[^1] == groupingSeparator)
        {
            throw Error("D3088");
        }

        for (var i = 1; i < mantissa.Length; i++)
        {
            if (mantissa[i] == groupingSeparator && mantissa[i - 1] == groupingSeparator)
            {
                throw Error("D3089");
            }
        }

        var firstIntegerDigit = Array.FindIndex(integerPart, IsDecimalDigit);
        if (firstIntegerDigit >= 0 && Array.IndexOf(integerPart, digit, firstIntegerDigit) >= 0)
        {
            throw Error("D3090");
        }

        var firstFractionOptional = Array.IndexOf(fractionPart, digit);
        if (firstFractionOptional >= 0 && Array.FindIndex(fractionPart, firstFractionOptional, IsDecimalDigit) >= 0)
        {
            throw Error("D3091");
        }

        if (exponentIndex >= 0 && (percentCount > 0 || perMilleCount > 0))
        {
            throw Error("D3092");
        }

        if (exponentIndex >= 0 && (exponent.Length == 0 || !exponent.All(IsDecimalDigit)))
        {
            throw Error("D3093");
        }

        var integerGrouping = new List<int>();
        for (var i = 0; i < integerPart.Length; i++)
        {
            if (integerPart[i] == groupingSeparator)
            {
                integerGrouping.Add(integerPart[(i + 1)..].Count(c => IsDecimalDigit(c) || c == digit));
            }
        }

        var fractionGrouping = new List<int>();
        for (var i = 0; i < fractionPart.Length; i++)
        {
            if (fractionPart[i] == groupingSeparator)
            {
                fractionGrouping.Add(fractionPart[..i].Count(c => IsDecimalDigit(c) || c == digit));
            }
        }

        var minimumInteger = integerPart.Count(IsDecimalDigit);
        var scalingFactor = minimumInteger;
        var minimumFraction = fractionPart.Count(IsDecimalDigit);
        var maximumFraction = fractionPart.Count(c => IsDecimalDigit(c) || c == digit);
        var hasExponent = exponentIndex >= 0;
        if (minimumInteger == 0 && maximumFraction == 0)
        {
            if (hasExponent)
            {
                minimumFraction = 1;
                maximumFraction = 1;
            }
            else
            {
                minimumInteger = 1;
            }
        }

        if (hasExponent && minimumInteger == 0 && Array.IndexOf(integerPart, digit) >= 0)
        {
            minimumInteger = 1;
        }

        if (minimumInteger == 0 && minimumFraction == 0)
        {
            minimumFraction = 1;
        }

        var positions = integerGrouping.Order().ToArray();
        return new NumberSubPicture
        {
            Prefix = FromCodePoints(p[..firstActive]),
            Suffix = FromCodePoints(p[(lastActive + 1)..]),
            IsPercent = percentCount > 0,
            IsPerMille = perMilleCount > 0,
            HasExponent = hasExponent,
            MinimumIntegerPartSize = minimumInteger,
            ScalingFactor = scalingFactor,
            MinimumFractionalPartSize = minimumFraction,
            MaximumFractionalPartSize = maximumFraction,
            MinimumExponentSize = exponent.Count(IsDecimalDigit),
            IntegerGroupingPositions = positions,
            RegularGroupingInterval = RegularInterval(positions),
            FractionGroupingPositions = fractionGrouping.ToArray(),
        };
    }

    // Positions N, 2N, 3N … (one position counts) mean a separator every N digits.
    private static int RegularInterval(int[] positions)
    {
        if (positions.Length == 0 || positions[0] == 0)
        {
            return 0;
        }

        for (var i = 0; i < positions.Length; i++)
        {
            if (positions[i] != positions[0] * (i + 1))
            {
                return 0;
            }
        }

        return positions[0];
    }

    private static int Occurrences(string text, string symbol)
    {
        var count = 0;
        for (var i = text.IndexOf(symbol, StringComparison.Ordinal); i >= 0; i = text.IndexOf(symbol, i + symbol.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int FirstCodePoint(string symbol) => char.ConvertToUtf32(symbol, 0);

    private static string FromCodePoints(int[] codePoints) => string.Concat(codePoints.Select(char.ConvertFromUtf32));

    private static JsonataException Error(string code) => new(code, NumberPictureErrors.Message(code));
}
