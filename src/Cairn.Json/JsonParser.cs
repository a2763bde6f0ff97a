using System.Text;
using System.Text.Json;

namespace Cairn.Json;

/// <summary>Reads JSON text into <see cref="JValue"/>s with System.Text.Json's reader.</summary>
public static class JsonParser
{
    public const int DefaultMaxDepth = 512;

    public static JValue Parse(string text, int maxDepth = DefaultMaxDepth) => Parse(Encoding.UTF8.GetBytes(text), maxDepth);

    public static JValue Parse(ReadOnlySpan<byte> utf8, int maxDepth = DefaultMaxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = maxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            if (!reader.Read())
            {
                throw new JsonParseException("Empty JSON text", 1, 1);
            }

            var value = ReadValue(ref reader);
            if (reader.Read())
            {
                throw new JsonParseException(
                    "Unexpected content after the JSON value", 1, reader.TokenStartIndex + 1);
            }

            return value;
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new JsonParseException($"Invalid JSON at line {line}, column {column}: {Describe(e.Message)}", line, column, e);
        }
    }

    private static string Describe(string message)
    {
        // System.Text.Json appends its own position; keep only the reason.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd().TrimEnd('.');
    }

    private static JValue ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader);
            case JsonTokenType.String:
                var s = reader.GetString()!;
                return s.Length == 0 ? JString.Empty : new JString(s);
            case JsonTokenType.Number:
                return ReadNumber(ref reader);
            case JsonTokenType.True:
                return JBool.True;
            case JsonTokenType.False:
                return JBool.False;
            case JsonTokenType.Null:
                return JNull.Instance;
            default:
                throw new JsonException($"Unexpected token {reader.TokenType}");
        }
    }

    private static JNumber ReadNumber(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> span = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        if (span.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && reader.TryGetInt64(out var l))
        {
            return JNumber.From(l);
        }

        return JNumber.FromLiteral(Encoding.ASCII.GetString(span));
    }

    private static JArray ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<JValue>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return JArray.Adopt(items.ToArray());
            }

            items.Add(ReadValue(ref reader));
        }

        throw new JsonException("Unterminated array");
    }

    private static JObject ReadObject(ref Utf8JsonReader reader)
    {
        var builder = new JObjectBuilder();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return builder.Build();
            }

            var key = reader.GetString()!;
            reader.Read();
            builder.Set(key, ReadValue(ref reader));
        }

        throw new JsonException("Unterminated object");
    }
}
