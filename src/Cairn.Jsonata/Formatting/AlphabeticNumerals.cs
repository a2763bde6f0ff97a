using System.Text;

namespace Cairn.Jsonata.Formatting;

/// <summary>The <c>a</c> / <c>A</c> numbering: a..z, then aa, ab … (bijective base 26). Zero is the empty string.</summary>
internal static class AlphabeticNumerals
{
    public static string Format(long value, bool upper)
    {
        var first = upper ? 'A' : 'a';
        var text = new StringBuilder();
        while (value > 0)
        {
            value--;
            text.Insert(0, (char)(first + value % 26));
            value /= 26;
        }

        return text.ToString();
    }

    /// <summary>The value of <paramref name="text"/>, read case-insensitively; null when it holds other characters.</summary>
    public static long? Parse(string text)
    {
        long total = 0;
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is < 'a' or > 'z')
            {
                return null;
            }

            total = total * 26 + (lower - 'a' + 1);
        }

        return total;
    }
}
