using System.Text;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata counts and slices strings by Unicode code point; an unpaired surrogate counts as one.</summary>
internal static class CodePoints
{
    public static int Count(string s)
    {
        var count = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>The UTF-16 offset at which each code point starts, plus the string length at the end.</summary>
    public static int[] Offsets(string s)
    {
        var offsets = new int[Count(s) + 1];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            offsets[n++] = i;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        offsets[n] = s.Length;
        return offsets;
    }

    /// <summary>
    /// <c>$substring</c>: a negative start counts from the end; without a length the rest of the
    /// string; a length of zero or less gives "". Fractions are truncated as JavaScript's slice does.
    /// </summary>
    public static string Substring(string s, double start, double? length)
    {
        var offsets = Offsets(s);
        var count = offsets.Length - 1;
        if (count + start < 0)
        {
            start = 0;
        }

        double end = count;
        if (length is { } l)
        {
            if (l <= 0)
            {
                return string.Empty;
            }

            end = start >= 0 ? start + l : count + start + l;
        }

        var from = SliceIndex(start, count);
        var to = SliceIndex(end, count);
        return from >= to ? string.Empty : s[offsets[from]..offsets[to]];
    }

    /// <summary>Pads with repetitions of <paramref name="padding"/> to <paramref name="width"/> code points.</summary>
    public static string Repeat(string padding, int width)
    {
        var sb = new StringBuilder();
        var units = Offsets(padding);
        var perRepeat = units.Length - 1;
        var remaining = width;
        while (remaining >= perRepeat)
        {
            sb.Append(padding);
            remaining -= perRepeat;
        }

        sb.Append(padding, 0, units[remaining]);
        return sb.ToString();
    }

    private static int SliceIndex(double position, int count)
    {
        var relative = Math.Truncate(position);
        return relative < 0 ? (int)Math.Max(count + relative, 0) : (int)Math.Min(relative, count);
    }
}
