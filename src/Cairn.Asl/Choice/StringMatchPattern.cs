using System.Text;

namespace Cairn.Asl.Choice;

/// <summary>
/// The compiled operand of <c>StringMatches</c>: a string where an unescaped <c>*</c> matches any
/// run of characters (including none) and everything else matches itself. <c>\*</c> stands for
/// a literal asterisk and <c>\\</c> for a literal backslash (in the JSON definition these are
/// written <c>"\\*"</c> and <c>"\\\\"</c>); a backslash before any other character is itself.
/// The pattern is split once into the literal pieces between wildcards.
/// </summary>
public sealed class StringMatchPattern
{
    private readonly string[] _pieces;

    private StringMatchPattern(string pattern, string[] pieces)
    {
        Pattern = pattern;
        _pieces = pieces;
    }

    /// <summary>The pattern as written in the definition.</summary>
    public string Pattern { get; }

    public static StringMatchPattern Compile(string pattern)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '\\')
            {
                piece.Append(pattern[++i]);
            }
            else if (c == '*')
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }
            else
            {
                piece.Append(c);
            }
        }

        pieces.Add(piece.ToString());
        return new StringMatchPattern(pattern, pieces.ToArray());
    }

    /// <summary>
    /// True when the whole of <paramref name="value"/> matches. With only one kind of wildcard,
    /// taking each middle piece at its leftmost occurrence never loses a match, so no
    /// backtracking is needed.
    /// </summary>
    public bool IsMatch(string value)
    {
        var first = _pieces[0];
        if (_pieces.Length == 1)
        {
            return string.Equals(value, first, StringComparison.Ordinal);
        }

        var last = _pieces[^1];
        if (value.Length < first.Length + last.Length
            || !value.StartsWith(first, StringComparison.Ordinal)
            || !value.EndsWith(last, StringComparison.Ordinal))
        {
            return false;
        }

        var position = first.Length;
        var end = value.Length - last.Length;
        for (var p = 1; p < _pieces.Length - 1; p++)
        {
            var piece = _pieces[p];
            if (piece.Length == 0)
            {
                continue;
            }

            var found = value.IndexOf(piece, position, end - position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + piece.Length;
        }

        return true;
    }

    public override string ToString() => Pattern;
}
