using System.Text;

namespace Cairn.Json;

/// <summary>
/// Writes JSON text. Escapes only what JSON requires (quote, backslash, control characters),
/// leaving other characters as they are, as AWS Step Functions does.
/// </summary>
public static class JsonWriter
{
    public static string Write(JValue value, bool indented)
    {
        var sb = new StringBuilder(64);
        Write(sb, value, indented, 0);
        return sb.ToString();
    }

    public static void Write(StringBuilder sb, JValue value, bool indented = false, int depth = 0) =>
        Write(sb, value, JsonTextStyle.Aws, indented, depth);

    /// <summary>Writes with <paramref name="style"/> deciding how numbers, strings and function values appear.</summary>
    public static void Write(StringBuilder sb, JValue value, JsonTextStyle style, bool indented = false, int depth = 0)
    {
        switch (value)
        {
            case JNull:
                sb.Append("null");
                break;
            case JBool b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case JNumber n:
                style.WriteNumber(sb, n);
                break;
            case JString s:
                style.WriteString(sb, s.Value);
                break;
            case JArray a:
                WriteArray(sb, a, style, indented, depth);
                break;
            case JObject o:
                WriteObject(sb, o, style, indented, depth);
                break;
            default:
                style.WriteFunction(sb, value);
                break;
        }
    }

    public static string QuoteString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        WriteString(sb, value);
        return sb.ToString();
    }

    public static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            sb.Append(value, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    sb.Append("\\u").Append(((int)c).ToString("x4"));
                    break;
            }
        }

        sb.Append(value, start, value.Length - start);
        sb.Append('"');
    }

    private static void WriteArray(StringBuilder sb, JArray array, JsonTextStyle style, bool indented, int depth)
    {
        if (array.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        sb.Append('[');
        var first = true;
        foreach (var item in array)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            NewLine(sb, indented, depth + 1);
            Write(sb, item, style, indented, depth + 1);
        }

        NewLine(sb, indented, depth);
        sb.Append(']');
    }

    private static void WriteObject(StringBuilder sb, JObject obj, JsonTextStyle style, bool indented, int depth)
    {
        if (obj.Count == 0)
        {
            sb.Append("{}");
            return;
        }

        sb.Append('{');
        var first = true;
        foreach (var member in obj.Members)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            NewLine(sb, indented, depth + 1);
            style.WriteString(sb, member.Key);
            sb.Append(indented ? ": " : ":");
            Write(sb, member.Value, style, indented, depth + 1);
        }

        NewLine(sb, indented, depth);
        sb.Append('}');
    }

    private static void NewLine(StringBuilder sb, bool indented, int depth)
    {
        if (indented)
        {
            sb.Append('\n').Append(' ', depth * 2);
        }
    }
}
