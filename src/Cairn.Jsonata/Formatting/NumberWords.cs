using System.Text;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// English number words for <c>w</c> / <c>W</c> / <c>Ww</c> pictures: "three thousand, seven hundred
/// and thirty", ordinals ("thirty-first"), and reading them back. Numbers past the trillions
/// repeat the scale word ("one thousand trillion").
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (double Value, string Word)[] Scales =
    [
        (1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"),
    ];

    private static readonly Dictionary<string, string> IrregularOrdinals = new(StringComparer.Ordinal)
    {
        ["one"] = "first",
        ["two"] = "second",
        ["three"] = "third",
        ["five"] = "fifth",
        ["eight"] = "eighth",
        ["nine"] = "ninth",
        ["twelve"] = "twelfth",
    };

    private static readonly Dictionary<string, double> WordValues = BuildWordValues();

    /// <summary>Every cardinal and ordinal word, longest first (for building matchers).</summary>
    public static IReadOnlyList<string> AllWords { get; } =
        WordValues.Keys.Append("and").OrderByDescending(w => w.Length).ToArray();

    /// <summary>Lower-case words for a non-negative whole number.</summary>
    public static string Format(double value, bool ordinal)
    {
        var words = Cardinal(value);
        return ordinal ? ToOrdinal(words) : words;
    }

    /// <summary>Reads words written by <see cref="Format"/> (any case, cardinal or ordinal); null when a word is not a number word.</summary>
    public static double? Parse(string text)
    {
        var tokens = text.ToLowerInvariant().Split([' ', ',', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        double total = 0;
        double current = 0;
        var any = false;
        foreach (var token in tokens)
        {
            if (token == "and")
            {
                continue;
            }

            if (!WordValues.TryGetValue(token, out var value))
            {
                return null;
            }

            any = true;
            if (value == 100)
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (value >= 1000)
            {
                // "one thousand trillion": a scale word after a completed scale multiplies the total.
                total = current == 0 ? total * value : total + current * value;
                current = 0;
            }
            else
            {
                current += value;
            }
        }

        return any ? total + current : null;
    }

    private static string Cardinal(double value)
    {
        if (value < 20)
        {
            return Small[(int)value];
        }

        if (value < 100)
        {
            var tens = (int)(value / 10);
            var units = (int)(value % 10);
            return units == 0 ? Tens[tens] : Tens[tens] + "-" + Small[units];
        }

        if (value < 1000)
        {
            var hundreds = (int)(value / 100);
            var rest = value % 100;
            return Small[hundreds] + " hundred" + (rest == 0 ? string.Empty : " and " + Cardinal(rest));
        }

        foreach (var (scale, word) in Scales)
        {
            if (value >= scale)
            {
                var head = Math.Floor(value / scale);
                var rest = value - head * scale;
                var text = Cardinal(head) + " " + word;
                if (rest <= 0)
                {
                    return text;
                }

                return text + (rest < 100 ? " and " : ", ") + Cardinal(rest);
            }
        }

        throw new InvalidOperationException("numbers of a thousand or more have a scale word");
    }

    private static string ToOrdinal(string cardinal)
    {
        var start = cardinal.LastIndexOfAny([' ', '-']) + 1;
        var last = cardinal[start..];
        string ordinal;
        if (IrregularOrdinals.TryGetValue(last, out var irregular))
        {
            ordinal = irregular;
        }
        else if (last.EndsWith('y'))
        {
            ordinal = last[..^1] + "ieth";
        }
        else
        {
            ordinal = last + "th";
        }

        return cardinal[..start] + ordinal;
    }

    private static Dictionary<string, double> BuildWordValues()
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        void AddWord(string word, double value)
        {
            values[word] = value;
            values[ToOrdinal(word)] = value;
        }

        for (var i = 0; i < Small.Length; i++)
        {
            AddWord(Small[i], i);
        }

        for (var i = 2; i < Tens.Length; i++)
        {
            AddWord(Tens[i], i * 10);
        }

        AddWord("hundred", 100);
        foreach (var (scale, word) in Scales)
        {
            AddWord(word, scale);
        }

        return values;
    }

    /// <summary>Applies a picture's case: <c>W</c> upper, <c>Ww</c> title (but "and" stays lower), <c>w</c> lower.</summary>
    public static string ApplyCase(string words, LetterCase letterCase)
    {
        switch (letterCase)
        {
            case LetterCase.Upper:
                return words.ToUpperInvariant();
            case LetterCase.Title:
                var text = new StringBuilder(words.Length);
                var wordStart = true;
                for (var i = 0; i < words.Length; i++)
                {
                    var c = words[i];
                    var isAnd = wordStart && string.CompareOrdinal(words, i, "and ", 0, 4) == 0;
                    text.Append(wordStart && !isAnd ? char.ToUpperInvariant(c) : c);
                    wordStart = c is ' ' or '-';
                }

                return text.ToString();
            default:
                return words;
        }
    }
}
