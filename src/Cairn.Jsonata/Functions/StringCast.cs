using System.Globalization;
using System.Text;
using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// JSONata's cast of any value to a string (the rules of <c>$string</c> and of the <c>&amp;</c>
/// operator): strings as they are, functions as "", everything else as JSON whose numbers are
/// written the way <see cref="JavaScriptNumberFormat.FormatForString"/> writes them. A number
/// that is not finite cannot be cast: D3001 on its own, D1001 inside a structure.
/// </summary>
internal static class StringCast
{
    public static string Cast(JValue value) => Cast(value, prettify: false);

    /// <summary>
    /// The cast within <paramref name="context"/>'s string length limit: a structure whose text would
    /// be longer stops the evaluation with U1001 (as built by <paramref name="builder"/>), found
    /// without writing more than a bounded multiple of the limit (<see cref="JsonSize"/> measures first).
    /// </summary>
    public static string Cast(JValue value, bool prettify, FunctionContext context, string builder)
    {
        if (value is not (JArray or JObject))
        {
            return Cast(value, prettify);
        }

        // JSON text takes at most 4 UTF-8 bytes per character written here (escapes take as many
        // characters as bytes): a structure measured far over the limit cannot fit it.
        var limit = context.StringLengthLimit;
        if (JsonSize.Utf8Bytes(value) > 4L * limit + 16)
        {
            throw FunctionContext.StringTooLong(builder, limit);
        }

        var text = Cast(value, prettify);
        return text.Length <= limit ? text : throw FunctionContext.StringTooLong(builder, limit);
    }

    public static string Cast(JValue value, bool prettify)
    {
        switch (value)
        {
            case JString s:
                return s.Value;
            case JNumber n:
                return double.IsFinite(n.DoubleValue)
                    ? JavaScriptNumberFormat.FormatForString(n.DoubleValue)
                    : throw new JsonataException("D3001", "Attempting to invoke string function on Infinity or NaN", value: n);
            case JsonataFunction:
                return string.Empty;
            default:
                var sb = new StringBuilder();
                Write(sb, value, prettify, 0);
                return sb.ToString();
        }
    }

    /// <summary>The value as JSON text the way JSONata quotes values in error messages.</summary>
    public static string ToJsonText(JValue? value)
    {
        if (value is null)
        {
            return "undefined";
        }

        try
        {
            var sb = new StringBuilder();
            Write(sb, value, indented: false, 0);
            return sb.ToString();
        }
        catch (JsonataException)
        {
            return value.ToJson();
        }
    }

    private static void Write(StringBuilder sb, JValue value, bool indented, int depth) =>
        JsonWriter.Write(sb, value, JavaScriptStyle.Instance, indented, depth);

    /// <summary>JSON.stringify's leaves: JavaScript number text (non-finite numbers cannot be cast) and its string escaping.</summary>
    private sealed class JavaScriptStyle : JsonTextStyle
    {
        public static readonly JavaScriptStyle Instance = new();

        public override void WriteNumber(StringBuilder sb, JNumber number)
        {
            if (!double.IsFinite(number.DoubleValue))
            {
                throw new JsonataException("D1001", "Number out of range", value: number);
            }

            sb.Append(JavaScriptNumberFormat.FormatForString(number.DoubleValue));
        }

        public override void WriteString(StringBuilder sb, string value) => StringCast.WriteString(sb, value);
    }

    // JSON.stringify's escaping: the short escapes, other control characters and unpaired
    // surrogates as \uXXXX, everything else as it is.
    private static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
            }

            if (c < 0x20 || IsUnpairedSurrogate(value, i))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('"');
    }

    private static bool IsUnpairedSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(value[i - 1]);
        }

        return false;
    }
}
