using System.Text;
using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata's string functions. Lengths and positions count Unicode code points.</summary>
internal static partial class StringFunctions
{
    public static void Register(FunctionTable table)
    {
        table.Add("string", "<x-b?:s>", (context, a) => String(context, a.At(0), a.At(1) is JBool { Value: true }));
        table.Add("length", "<s-:n>", (_, a) => a.StringAt(0) is { } s ? JNumber.From(CodePoints.Count(s)) : null);
        table.Add("substring", "<s-nn?:s>", (_, a) => Substring(a));
        table.Add("substringBefore", "<s-s:s>", (_, a) => SubstringBefore(a.StringAt(0), a.StringAt(1)));
        table.Add("substringAfter", "<s-s:s>", (_, a) => SubstringAfter(a.StringAt(0), a.StringAt(1)));
        table.Add("uppercase", "<s-:s>", (_, a) => a.StringAt(0) is { } s ? new JString(CaseMapping.ToUpper(s)) : null);
        table.Add("lowercase", "<s-:s>", (_, a) => a.StringAt(0) is { } s ? new JString(CaseMapping.ToLower(s)) : null);
        table.Add("trim", "<s-:s>", (_, a) => a.StringAt(0) is { } s ? new JString(Trim(s)) : null);
        table.Add("pad", "<s-ns?:s>", (context, a) => Pad(context, a));
        table.Add("join", "<a<s>s?:s>", (context, a) => Join(context, a));
        RegisterPatternFunctions(table);
        RegisterEncodingFunctions(table);
    }

    private static JString? String(FunctionContext context, JValue? value, bool prettify)
    {
        // The context of a whole input array is that array inside its wrapper; $string() casts the array itself.
        if (value is Sequence { OuterWrapper: true, Count: > 0 } wrapper)
        {
            value = wrapper[0];
        }

        return value is null ? null : new JString(StringCast.Cast(value, prettify, context, "$string"));
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
    private static JString? Pad(FunctionContext context, JValue?[] a)
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

        // Each code point added is one or two code units.
        context.CheckStringLength(s.Length + missing, "$pad");
        var fill = CodePoints.Repeat(padding, (int)missing);
        context.CheckStringLength((long)s.Length + fill.Length, "$pad");
        return new JString(width < 0 ? fill + s : s + fill);
    }

    private static JString? Join(FunctionContext context, JValue?[] a)
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

        // The length is known before anything is written: the items are strings (the signature says so).
        var items = (JArray)value;
        var length = (long)separator.Length * Math.Max(0, items.Count - 1);
        foreach (var item in items)
        {
            length += item is JString text ? text.Value.Length : 0;
        }

        context.CheckStringLength(length, "$join");
        var sb = new StringBuilder();
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                sb.Append(separator);
            }

            first = false;
            sb.Append(item is JString s ? s.Value : StringCast.Cast(item, prettify: false, context, "$join"));
        }

        return new JString(sb.ToString());
    }
}
