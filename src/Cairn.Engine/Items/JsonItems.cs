using System.Text;
using System.Text.Json;
using Cairn.Json;

namespace Cairn.Engine.Items;

/// <summary>
/// Items of a JSON or JSON Lines object read part by part: only complete values are taken from a
/// part, so the next part starts where the last complete one ended. A JSON object's items are the
/// elements of its top-level array, or of the array its ItemsPointer (a JSON Pointer) names.
/// </summary>
public static class JsonItems
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 512, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>
    /// Where the items' array starts (just past its <c>[</c>) in <paramref name="data"/>, the start
    /// of a JSON object; -1 when <paramref name="data"/> does not reach it yet.
    /// </summary>
    /// <exception cref="FormatException">The object is not JSON, or what the pointer names is not an array.</exception>
    public static long FindArray(ReadOnlySpan<byte> data, bool final, string? pointer)
    {
        var segments = ParsePointer(pointer);
        var reader = new Utf8JsonReader(data, final, new JsonReaderState(Options));
        var path = new List<string>();
        var indexes = new List<int>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingName = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                        indexes.RemoveAt(indexes.Count - 1);
                    }

                    continue;
                }

                // A value starts: its path is the container's path plus its name or index.
                var depth = path.Count;
                string? segment = null;
                if (depth > 0)
                {
                    if (indexes[^1] >= 0)
                    {
                        segment = indexes[^1].ToString(System.Globalization.CultureInfo.InvariantCulture);
                        indexes[^1]++;
                    }
                    else
                    {
                        segment = pendingName;
                    }
                }

                var matches = Matches(path, segment, segments);
                if (matches)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new FormatException("Attempting to map over non-iterable node.");
                    }

                    return reader.TokenStartIndex + 1;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (depth > 0 && !IsPrefix(path, segment, segments))
                    {
                        reader.Skip();
                        if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                        {
                            continue;
                        }
                    }

                    path.Add(segment ?? string.Empty);
                    indexes.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                }
            }
        }
        catch (JsonException e)
        {
            if (!final)
            {
                return -1;
            }

            throw new FormatException($"The object is not valid JSON: {e.Message}", e);
        }
        catch (InvalidOperationException) when (!final)
        {
            return -1;
        }

        if (!final)
        {
            return -1;
        }

        throw new FormatException(pointer is null ? "Attempting to map over non-iterable node." : $"The ItemsPointer '{pointer}' does not name a value in the object.");
    }

    /// <summary>
    /// Reads the array's next elements from <paramref name="data"/> (which starts inside the array,
    /// at an element, a comma or the closing bracket): returns the bytes they take and whether the
    /// array ended.
    /// </summary>
    /// <exception cref="FormatException">The array is not valid JSON.</exception>
    public static int ReadElements(ReadOnlySpan<byte> data, bool final, int maxItems, List<JValue> items, out bool ended)
    {
        ended = false;
        var consumed = 0;
        while (items.Count < maxItems)
        {
            var at = SkipSpace(data, consumed);
            if (at < data.Length && data[at] == (byte)',')
            {
                at = SkipSpace(data, at + 1);
            }

            if (at >= data.Length)
            {
                if (final)
                {
                    throw new FormatException("The object ends inside its array of items.");
                }

                return consumed;
            }

            if (data[at] == (byte)']')
            {
                ended = true;
                return at + 1;
            }

            var length = ValueLength(data[at..], final);
            if (length < 0)
            {
                return consumed;
            }

            items.Add(Parse(data.Slice(at, length)));
            consumed = at + length;
        }

        return consumed;
    }

    /// <summary>
    /// Reads JSON Lines: each non-empty line is one item. Returns the bytes the complete lines take;
    /// a line not ended by a line break is complete only at the object's end.
    /// </summary>
    public static int ReadLines(ReadOnlySpan<byte> data, bool final, int maxItems, List<JValue> items, long lineNumber)
    {
        var consumed = 0;
        while (items.Count < maxItems && consumed < data.Length)
        {
            var rest = data[consumed..];
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0 && !final)
            {
                break;
            }

            var line = newline < 0 ? rest : rest[..newline];
            consumed += newline < 0 ? rest.Length : newline + 1;
            lineNumber++;
            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Trim(" \t"u8).Length == 0)
            {
                continue;
            }

            try
            {
                items.Add(Parse(line));
            }
            catch (FormatException e)
            {
                throw new FormatException($"Line {lineNumber} is not valid JSON: {e.Message}", e);
            }
        }

        return consumed;
    }

    private static JValue Parse(ReadOnlySpan<byte> value)
    {
        try
        {
            return JValue.Parse(Encoding.UTF8.GetString(value));
        }
        catch (Exception e) when (e is not FormatException)
        {
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>The length of the complete JSON value at the start of <paramref name="data"/>, or -1 when it continues past it.</summary>
    private static int ValueLength(ReadOnlySpan<byte> data, bool final)
    {
        var reader = new Utf8JsonReader(data, final, new JsonReaderState(Options));
        try
        {
            if (!reader.Read())
            {
                return final ? throw new FormatException("An item is not valid JSON.") : -1;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return final ? throw new FormatException("An item is not valid JSON.") : -1;
            }

            return (int)reader.BytesConsumed;
        }
        catch (JsonException e)
        {
            throw new FormatException($"An item is not valid JSON: {e.Message}", e);
        }
    }

    private static int SkipSpace(ReadOnlySpan<byte> data, int at)
    {
        while (at < data.Length && data[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            at++;
        }

        return at;
    }

    private static string[] ParsePointer(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer) || pointer == "/")
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw new FormatException($"The ItemsPointer '{pointer}' is not a JSON Pointer (it must start with '/').");
        }

        var parts = pointer[1..].Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        }

        return parts;
    }

    private static bool Matches(List<string> path, string? segment, string[] segments)
    {
        var length = path.Count == 0 ? 0 : path.Count;
        if (path.Count == 0)
        {
            return segments.Length == 0;
        }

        if (length != segments.Length)
        {
            return false;
        }

        for (var i = 1; i < path.Count; i++)
        {
            if (path[i] != segments[i - 1])
            {
                return false;
            }
        }

        return segment == segments[^1];
    }

    /// <summary>Whether the value at the container's path plus <paramref name="segment"/> lies on the way to the pointer's target.</summary>
    private static bool IsPrefix(List<string> path, string? segment, string[] segments)
    {
        // path[0] is the root ("" by construction); path[i] for i ≥ 1 matches segments[i - 1].
        if (path.Count > segments.Length)
        {
            return false;
        }

        for (var i = 1; i < path.Count; i++)
        {
            if (path[i] != segments[i - 1])
            {
                return false;
            }
        }

        return segment == segments[path.Count - 1];
    }
}
