namespace Cairn.Json;

/// <summary>Malformed JSON text; the message says what is wrong and where (line and column, 1-based).</summary>
public sealed class JsonParseException : FormatException
{
    public JsonParseException(string message, long line, long column, Exception? inner = null)
        : base(message, inner)
    {
        Line = line;
        Column = column;
    }

    public long Line { get; }

    public long Column { get; }

    /// <summary>
    /// The problem in words of its own (e.g. <c>Invalid UTF-8 start byte 0xff</c>) when it is one of
    /// encoding rather than of grammar; null for syntax errors.
    /// </summary>
    public string? Reason { get; init; }
}
