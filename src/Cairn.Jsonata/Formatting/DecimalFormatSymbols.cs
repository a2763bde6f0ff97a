using Cairn.Json;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// The decimal-format properties of XPath <c>format-number</c>, settable through the options
/// object of <c>$formatNumber</c> (for example <c>{"decimal-separator": ","}</c>).
/// </summary>
internal sealed record DecimalFormatSymbols
{
    public static readonly DecimalFormatSymbols Default = new();

    public string DecimalSeparator { get; init; } = ".";

    public string GroupingSeparator { get; init; } = ",";

    public string ExponentSeparator { get; init; } = "e";

    public string Infinity { get; init; } = "Infinity";

    public string MinusSign { get; init; } = "-";

    public string NaN { get; init; } = "NaN";

    public string Percent { get; init; } = "%";

    public string PerMille { get; init; } = "\u2030";

    public string ZeroDigit { get; init; } = "0";

    public string Digit { get; init; } = "#";

    public string PatternSeparator { get; init; } = ";";

    /// <summary>The zero digit's code point; the decimal digit family is it and the nine after it.</summary>
    public int Zero => char.ConvertToUtf32(ZeroDigit, 0);

    public static DecimalFormatSymbols FromOptions(JObject? options)
    {
        if (options is null)
        {
            return Default;
        }

        var symbols = Default;
        foreach (var (name, value) in options.Members)
        {
            if (value is not JString { Value.Length: > 0 } text)
            {
                continue;
            }

            symbols = name switch
            {
                "decimal-separator" => symbols with { DecimalSeparator = text.Value },
                "grouping-separator" => symbols with { GroupingSeparator = text.Value },
                "exponent-separator" => symbols with { ExponentSeparator = text.Value },
                "infinity" => symbols with { Infinity = text.Value },
                "minus-sign" => symbols with { MinusSign = text.Value },
                "NaN" => symbols with { NaN = text.Value },
                "percent" => symbols with { Percent = text.Value },
                "per-mille" => symbols with { PerMille = text.Value },
                "zero-digit" => symbols with { ZeroDigit = text.Value },
                "digit" => symbols with { Digit = text.Value },
                "pattern-separator" => symbols with { PatternSeparator = text.Value },
                _ => symbols,
            };
        }

        return symbols;
    }
}
