using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// The INVALID_JSON_DESCRIPTION diagnostic for text that is not JSON. AWS parses definitions with
/// Jackson, so its message and location follow Jackson's wording: e.g. <c>Unrecognized token
/// 'not': was expecting (...)</c> and <c>[Source: (String)"..."; line: 1, column: 4]</c>.
/// </summary>
public static class JsonSyntaxDiagnostic
{
    private const string ExpectedValue = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    /// <summary>Jackson quotes at most this many characters of the source.</summary>
    private const int MaxSourceChars = 500;

    /// <summary>Jackson's description of the problem alone, without the source location (AWS's execution input errors).</summary>
    public static string Reason(string text, JsonParseException error) =>
        Describe(text, IndexOf(text, error.Line, error.Column), error).Reason;

    public static Diagnostic Create(string text, JsonParseException error)
    {
        var index = IndexOf(text, error.Line, error.Column);
        var (line, column, reason) = Describe(text, index, error);
        var location = $"[Source: (String){Quote(text)}; line: {line}, column: {column}]";
        return new Diagnostic(DiagnosticCodes.InvalidJsonDescription, $"{reason}\n at {location}", location);
    }

    private static (long Line, long Column, string Reason) Describe(string text, int index, JsonParseException error)
    {
        if (error.Reason is { } reason)
        {
            // An encoding problem (invalid UTF-8, an unpaired surrogate escape) says what it is itself.
            return (error.Line, error.Column, reason);
        }

        if (index >= 0 && index < text.Length && IsTokenChar(text[index]))
        {
            // Jackson reads the whole bare word and reports the column just after it.
            var start = index;
            while (start > 0 && IsTokenChar(text[start - 1]))
            {
                start--;
            }

            var end = index;
            while (end < text.Length && IsTokenChar(text[end]))
            {
                end++;
            }

            var (line, lineStart) = LineOf(text, end);
            return (line, end - lineStart + 1, $"Unrecognized token '{text[start..end]}': was expecting {ExpectedValue}");
        }

        if (index >= 0 && index < text.Length)
        {
            var c = text[index];
            if (ExpectsFieldName(text, index))
            {
                return (error.Line, error.Column, $"Unexpected character ('{c}' (code {(int)c})): was expecting double-quote to start field name");
            }

            return (error.Line, error.Column, $"Unexpected character ('{c}' (code {(int)c})): expected a valid value {ExpectedValue}");
        }

        return (error.Line, error.Column, "Unexpected end-of-input: expected close marker for Object");
    }

    /// <summary>True when the character stands where an object member's name must start.</summary>
    private static bool ExpectsFieldName(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] == '{';
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    private static int IndexOf(string text, long line, long column)
    {
        var current = 1L;
        var i = 0;
        while (current < line && i < text.Length)
        {
            if (text[i++] == '\n')
            {
                current++;
            }
        }

        var index = i + (int)Math.Max(0, column - 1);
        return Math.Min(index, text.Length);
    }

    private static (long Line, int LineStart) LineOf(string text, int index)
    {
        var line = 1L;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, lineStart);
    }

    private static string Quote(string text)
    {
        var shown = text.Length > MaxSourceChars ? text[..MaxSourceChars] : text;
        var builder = new StringBuilder().Append('"').Append(shown).Append('"');
        if (text.Length > MaxSourceChars)
        {
            builder.Append($"[truncated {text.Length - MaxSourceChars} chars]");
        }

        return builder.ToString();
    }
}
