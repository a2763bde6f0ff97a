using System.Text;
using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata's string functions. Lengths and positions count Unicode code points.</summary>
internal static partial class StringFunctions
{
    public static void Register(FunctionTable table)
    {
        table.Add("string", "<x-b?:s>", (_, a) => String(a.At(0), a.At(1) is JBool { Value: true }));
        table.Add("length", "<s-:n>", (_, a) => a.StringAt(0) is { } s ? JNumber.From(CodePoints.Count(s)) : null);
        table.Add("substring", "<s-nn?:s>", (_, a) => Substring(a));
        table.Add("substringBefore", "<s-s:s>", (_, a) => SubstringBefore(a.StringAt(0), a.StringAt(1)));
        table.Add("substringAfter", "<s-s:s>", (_, a) => SubstringAfter(a.StringAt(0), a.StringAt(1)));
        table.Add("uppercase", "<s-:s>", (_, a) => a.StringAt(0) is { } s ? new JString(CaseMapping.ToUpper(s)) : null);
        table.Add("lowercase", "<s-:s>", (_, a) => a.StringAt(0) is { } s ? new JString(CaseMapping.ToLower(s)) : null);
        table.Add("trim", "<s-:s>", (_, a) => a.StringAt(0) is { } s ? new JString(Trim(s)) : null);
        table.Add("pad", "<s-ns?:s>", (_, a) => Pad(a));
        table.Add("join", "<a<s>s?:s>", (_, a) => Join(a));
        RegisterPatternFunctions(table);
        RegisterEncodingFunctions(table);
    }

    private static JString? String(JValue? value, bool prettify)
    {
        // The context of a whole input array is that array inside its wrapper; $string() casts the array itself.
        if (value is Sequence { OuterWrapper: true, Count: > 0 } wrapper)
        {
            value = wrapper[0];
        }

        return value is null ? null : new JString(StringCast.Cast(value, prettify));
    }

    private static JString? Substring(JValue?[] a)
    {
        if (a.StringAt(0) is not { } s || a.NumberAt(1) is not { } start)
        {
            return null;
        }

        return new JString(CodePoints.Substring(s, start, a.NumberAt(2)));
    }

    private static JString? SubstringBefore(string? s, string? chars)
    {
        if (s is null)
        {
            return null;
        }

        var at = chars is null ? -1 : s.IndexOf(chars, StringComparison.Ordinal);
        return new JString(at >= 0 ? s[..at] : s);
    }

    private static JString? SubstringAfter(string? s, string? chars)
    {
        if (s is null)
        {
            return null;
        }

        var at = chars is null ? -1 : s.IndexOf(chars, StringComparison.Ordinal);
        return new JString(at >= 0 ? s[(at + chars!.Length)..] : s);
    }

    // Runs of space, tab, CR and LF become one space; a leading and a trailing space go.
    private static string Trim(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inRun = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                inRun = true;
                continue;
            }

            if (inRun && sb.Length > 0)
            {
                sb.Append(' ');
            }

            inRun = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    // A positive width pads on the right, a negative one on the left, to |width| code points.
    private static JString? Pad(JValue?[] a)
    {
        if (a.StringAt(0) is not { } s || a.NumberAt(1) is not { } width)
        {
            return null;
        }

        var padding = a.StringAt(2) is { Length: > 0 } p ? p : " ";
        var missing = Math.Floor(Math.Abs(width) - CodePoints.Count(s));
        if (missing <= 0)
        {
            return new JString(s);
        }

        var fill = CodePoints.Repeat(padding, (int)missing);
        return new JString(width < 0 ? fill + s : s + fill);
    }

    private static JString? Join(JValue?[] a)
    {
        if (a.At(0) is not { } value)
        {
            return null;
        }

        var separator = a.StringAt(1) ?? string.Empty;
        if (value is JString single)
        {
            return single;
        }

        var sb = new StringBuilder();
        var first = true;
        foreach (var item in (JArray)value)
        {
            if (!first)
            {
                sb.Append(separator);
            }

            first = false;
            sb.Append(item is JString s ? s.Value : StringCast.Cast(item));
        }

        return new JString(sb.ToString());
    }
}
