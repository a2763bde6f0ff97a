using System.Text;

namespace Cairn.Jsonata.Formatting;

/// <summary>Roman numerals for <c>i</c> / <c>I</c> pictures. Values of 4000 and more repeat <c>M</c>; zero is the empty string.</summary>
internal static class RomanNumerals
{
    private static readonly (long Value, string Letters)[] Symbols =
    [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ];

    /// <summary>Above this, numerals would be thousands of letters long; such numbers are not written in Roman.</summary>
    public const long MaxValue = 1_000_000;

    public static string Format(long value, bool upper)
    {
        var text = new StringBuilder();
        foreach (var (symbolValue, letters) in Symbols)
        {
            while (value >= symbolValue)
            {
                text.Append(letters);
                value -= symbolValue;
            }
        }

        return upper ? text.ToString().ToUpperInvariant() : text.ToString();
    }

    /// <summary>The value of <paramref name="text"/>, read case-insensitively; null when it is not a numeral.</summary>
    public static long? Parse(string text)
    {
        long total = 0;
        var previous = long.MaxValue;
        foreach (var c in text)
        {
            var value = char.ToLowerInvariant(c) switch
            {
                'i' => 1,
                'v' => 5,
                'x' => 10,
                'l' => 50,
                'c' => 100,
                'd' => 500,
                'm' => 1000,
                _ => 0,
            };
            if (value == 0)
            {
                return null;
            }

            // A smaller letter before a larger one was subtracted, not added.
            total += value > previous ? value - 2 * previous : value;
            previous = value;
        }

        return total;
    }
}
