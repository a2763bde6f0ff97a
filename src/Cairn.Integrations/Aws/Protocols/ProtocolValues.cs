using System.Globalization;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>Scalar conversions the protocols share: timestamps in AWS's three formats, numbers and booleans as text.</summary>
internal static class ProtocolValues
{
    public const string Iso8601 = "iso8601";
    public const string UnixTimestamp = "unixTimestamp";
    public const string Rfc822 = "rfc822";

    /// <summary>A timestamp given as ISO 8601 text, epoch seconds (a number or numeric text), or RFC 822 text.</summary>
    public static DateTimeOffset ReadTimestamp(JValue value, string where)
    {
        switch (value)
        {
            case JNumber n:
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(n.DoubleValue * 1000));
            case JString { Value: var text }:
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                {
                    return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    return parsed;
                }

                break;
        }

        throw new AwsParameterException($"The value of '{where}' must be a timestamp (ISO 8601 text or epoch seconds), not {value.ToJson()}");
    }

    public static string FormatTimestamp(DateTimeOffset time, string format) => format switch
    {
        UnixTimestamp => FormatNumber(time.ToUnixTimeMilliseconds() / 1000.0),
        Rfc822 => time.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture),
        _ => time.UtcDateTime.ToString(time.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
    };

    /// <summary>A timestamp read from a response, written as <paramref name="style"/> says.</summary>
    public static JValue OutputTimestamp(DateTimeOffset time, OutputStyle style)
    {
        if (!style.IsoTimestamps)
        {
            return JNumber.From(time.ToUnixTimeMilliseconds());
        }

        var utc = time.UtcDateTime;
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = utc.Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0)
        {
            text += fraction % 10_000 == 0 ? "." + (fraction / 10_000).ToString("000", CultureInfo.InvariantCulture)
                : fraction % 10 == 0 ? "." + (fraction / 10).ToString("000000", CultureInfo.InvariantCulture)
                : "." + (fraction * 100).ToString("000000000", CultureInfo.InvariantCulture);
        }

        return new JString(text + "Z");
    }

    /// <summary>A timestamp as a response writes it: epoch seconds, ISO 8601 or RFC 822.</summary>
    public static DateTimeOffset? ParseTimestamp(string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }

    public static string FormatNumber(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A scalar input value as text (query strings, headers, form fields).</summary>
    public static string ScalarText(JValue value, string type, string timestampFormat, string where) => type switch
    {
        "timestamp" => FormatTimestamp(ReadTimestamp(value, where), timestampFormat),
        "boolean" => value switch
        {
            JBool b => b.Value ? "true" : "false",
            JString s when bool.TryParse(s.Value, out var flag) => flag ? "true" : "false",
            _ => throw NotA(value, where, "a boolean"),
        },
        "integer" or "long" => value switch
        {
            JNumber n => n.ToLiteral(),
            JString s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => s.Value,
            _ => throw NotA(value, where, "a number"),
        },
        "float" or "double" => value switch
        {
            JNumber n => n.ToLiteral(),
            JString s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => s.Value,
            _ => throw NotA(value, where, "a number"),
        },
        _ => value is JString text ? text.Value : value.ToJson(),
    };

    /// <summary>A scalar read from text (XML, headers), as JSON.</summary>
    public static JValue ParseScalar(string text, Models.Shape shape, OutputStyle style)
    {
        switch (shape.Type)
        {
            case "integer" or "long":
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? JNumber.From(l) : new JString(text);
            case "float" or "double":
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JNumber.From(d) : new JString(text);
            case "boolean":
                return JBool.From(string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));
            case "timestamp":
                return ParseTimestamp(text) is { } time ? OutputTimestamp(time, style) : new JString(text);
            default:
                return new JString(text);
        }
    }

    public static T Expect<T>(JValue value, string where, string what) where T : JValue =>
        value as T ?? throw NotA(value, where, what);

    private static AwsParameterException NotA(JValue value, string where, string what) =>
        new($"The value of '{where}' must be {what}, not {value.ToJson()}");
}
