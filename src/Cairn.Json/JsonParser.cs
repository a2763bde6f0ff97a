using System.Text;
using System.Text.Json;

namespace Cairn.Json;

/// <summary>
/// Reads JSON text into <see cref="JValue"/>s with System.Text.Json's reader. The text must be
/// valid Unicode: bytes that are not UTF-8 and <c>\u</c> escapes of unpaired surrogates are
/// <see cref="JsonParseException"/>s with their position, like any other syntax error. A member
/// name given twice keeps its last value, as Jackson (which AWS parses JSON with) does.
/// </summary>
public static class JsonParser
{
    public const int DefaultMaxDepth = 512;

    /// <summary>
    /// Parses a .NET string. An unpaired surrogate character in it (a string cut in the middle of
    /// a pair) becomes U+FFFD when encoded; only escapes are checked for pairing.
    /// </summary>
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
        catch (InvalidUnicodeException e)
        {
            var (line, column) = Position(utf8, e.Offset);
            throw new JsonParseException($"Invalid JSON at line {line}, column {column}: {e.Message}", line, column) { Reason = e.Message };
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
                var s = ReadString(ref reader);
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

    /// <summary>A string token's value; its bytes must be UTF-8 and its escapes pair their surrogates.</summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Only the reason is needed here: the token is known to be a string.
            var offset = reader.TokenStartIndex;
            throw new InvalidUnicodeException(JsonStrings.DescribeInvalid(reader.ValueSpan), offset);
        }
    }

    private static (long Line, long Column) Position(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Min(offset, utf8.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, before.Length - lineStart + 1);
    }

    private sealed class InvalidUnicodeException(string message, long offset) : Exception(message)
    {
        public long Offset { get; } = offset;
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

            var key = ReadString(ref reader);
            reader.Read();
            builder.Set(key, ReadValue(ref reader));
        }

        throw new JsonException("Unterminated object");
    }
}
