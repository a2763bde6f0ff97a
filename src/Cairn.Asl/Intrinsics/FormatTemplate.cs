using System.Text;

namespace Cairn.Asl.Intrinsics;

/// <summary>
/// A States.Format template split into text pieces around its <c>{}</c> placeholders. A template
/// written as a literal is prepared once at parse time; one that comes from a path is prepared
/// when the call runs. A malformed template (a <c>{</c> not followed by <c>}</c>, a lone
/// <c>}</c>) is a run-time failure on AWS, so it is recorded here rather than thrown.
/// </summary>
internal sealed class FormatTemplate
{
    private readonly string[] _pieces;

    private FormatTemplate(string[] pieces, string? error)
    {
        _pieces = pieces;
        Error = error;
    }

    /// <summary>Text before, between and after the placeholders: one more than <see cref="PlaceholderCount"/>.</summary>
    public ReadOnlySpan<string> Pieces => _pieces;

    public int PlaceholderCount => _pieces.Length - 1;

    /// <summary>Why the template is malformed, or null.</summary>
    public string? Error { get; }

    /// <summary>Reads the body of a string literal: backslash escapes are text, bare braces are syntax.</summary>
    public static FormatTemplate FromLiteral(string body) => Read(body, escapes: true);

    /// <summary>Reads a template value produced at run time: braces are syntax, backslashes are text.</summary>
    public static FormatTemplate FromValue(string value) => Read(value, escapes: false);

    private static FormatTemplate Read(string text, bool escapes)
    {
        var pieces = new List<string>(4);
        var current = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (escapes && c == '\\' && i + 1 < text.Length)
            {
                current.Append(text[++i]);
                continue;
            }

            if (c == '{')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    pieces.Add(current.ToString());
                    current.Clear();
                    i++;
                    continue;
                }

                return new FormatTemplate([text], "matching '}' not found for '{'.");
            }

            if (c == '}')
            {
                return new FormatTemplate([text], "matching '{' not found for '}'.");
            }

            current.Append(c);
        }

        pieces.Add(current.ToString());
        return new FormatTemplate(pieces.ToArray(), null);
    }
}
