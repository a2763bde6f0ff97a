using System.Globalization;
using System.Text;

namespace Cairn.Jsonata.RegularExpressions;

/// <summary>
/// Rewrites a JavaScript regular expression (without the u flag, with the web-compatibility
/// grammar browsers accept) as a .NET pattern with the same meaning: ASCII \d \w \b, JavaScript's
/// \s and line terminators for <c>.</c>, <c>^</c> and <c>$</c>, backreferences that match empty
/// when their group did not take part, and named groups numbered in order with the others.
/// </summary>
internal sealed partial class JavaScriptRegexTranslator
{
    // Case-sensitive even under the i flag: .NET would let \w match the Kelvin sign and the long s, JavaScript does not.
    private const string WordClass = "(?-i:[" + CharacterSets.Word + "])";
    private const string NotLineTerminator = "[^" + CharacterSets.LineTerminators + "]";

    private readonly string _pattern;
    private readonly bool _multiline;
    private readonly int _groupCount;
    private readonly Dictionary<string, int> _groupNames;
    private readonly StringBuilder _output;
    private int _position;
    private int _depth;

    private JavaScriptRegexTranslator(string pattern, bool multiline, int groupCount, Dictionary<string, int> groupNames)
    {
        _pattern = pattern;
        _multiline = multiline;
        _groupCount = groupCount;
        _groupNames = groupNames;
        _output = new StringBuilder(pattern.Length * 2);
    }

    /// <summary>Translates <paramref name="pattern"/>; throws <see cref="RegexSyntaxException"/> where JavaScript reports a syntax error.</summary>
    public static TranslatedRegex Translate(string pattern, bool multiline)
    {
        var (groupCount, names) = ScanGroups(pattern);
        var translator = new JavaScriptRegexTranslator(pattern, multiline, groupCount, names);
        translator.TranslateAll();
        return new TranslatedRegex(translator._output.ToString(), groupCount);
    }

    private void TranslateAll()
    {
        while (_position < _pattern.Length)
        {
            var c = _pattern[_position++];
            switch (c)
            {
                case '\\':
                    TranslateEscape();
                    break;
                case '[':
                    TranslateClass();
                    break;
                case '(':
                    TranslateGroupOpening();
                    break;
                case ')':
                    if (_depth == 0)
                    {
                        throw new RegexSyntaxException("Unmatched ')'");
                    }

                    _depth--;
                    _output.Append(')');
                    break;
                case '|' or '*' or '+' or '?':
                    _output.Append(c);
                    break;
                case '{':
                    if (!TryTranslateBraceQuantifier())
                    {
                        AppendLiteral(c);
                    }

                    break;
                case '.':
                    _output.Append(NotLineTerminator);
                    break;
                case '^':
                    _output.Append(_multiline ? "(?<!" + NotLineTerminator + ")" : @"\A");
                    break;
                case '$':
                    _output.Append(_multiline ? "(?!" + NotLineTerminator + ")" : @"\z");
                    break;
                default:
                    AppendLiteral(c);
                    break;
            }
        }

        if (_depth > 0)
        {
            throw new RegexSyntaxException("Unterminated group");
        }
    }

    private void TranslateGroupOpening()
    {
        _depth++;
        if (Peek(0) != '?')
        {
            _output.Append('(');
            return;
        }

        var kind = Peek(1);
        if (kind is ':' or '=' or '!')
        {
            _output.Append("(?").Append(kind);
            _position += 2;
            return;
        }

        if (kind == '<' && Peek(2) is '=' or '!')
        {
            _output.Append("(?<").Append(Peek(2));
            _position += 3;
            return;
        }

        if (kind == '<')
        {
            _position += 2;
            ReadGroupName();
            _output.Append('(');
            return;
        }

        throw new RegexSyntaxException("Invalid group");
    }

    // {n}, {n,} or {n,m}; anything else is a literal brace in the web-compatibility grammar.
    private bool TryTranslateBraceQuantifier()
    {
        var i = _position;
        var minStart = i;
        while (i < _pattern.Length && char.IsAsciiDigit(_pattern[i]))
        {
            i++;
        }

        if (i == minStart)
        {
            return false;
        }

        var min = ParseBound(_pattern.AsSpan(minStart, i - minStart));
        var hasComma = false;
        double? max = min;
        if (i < _pattern.Length && _pattern[i] == ',')
        {
            hasComma = true;
            i++;
            var maxStart = i;
            while (i < _pattern.Length && char.IsAsciiDigit(_pattern[i]))
            {
                i++;
            }

            max = i == maxStart ? null : ParseBound(_pattern.AsSpan(maxStart, i - maxStart));
        }

        if (i >= _pattern.Length || _pattern[i] != '}')
        {
            return false;
        }

        if (max < min)
        {
            throw new RegexSyntaxException("numbers out of order in {} quantifier");
        }

        _output.Append('{').Append(Bound(min));
        if (hasComma)
        {
            _output.Append(',');
            if (max is { } m)
            {
                _output.Append(Bound(m));
            }
        }

        _output.Append('}');
        _position = i + 1;
        return true;
    }

    private static double ParseBound(ReadOnlySpan<char> digits) => double.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // .NET limits repetition counts to int; larger JavaScript bounds cannot be reached by any real input anyway.
    private static string Bound(double value) => Math.Min(value, int.MaxValue).ToString(CultureInfo.InvariantCulture);

    private string ReadGroupName()
    {
        var start = _position;
        while (_position < _pattern.Length && _pattern[_position] != '>')
        {
            _position++;
        }

        if (_position >= _pattern.Length)
        {
            throw new RegexSyntaxException("Invalid capture group name");
        }

        var name = _pattern[start.._position];
        _position++;
        if (!IsGroupName(name))
        {
            throw new RegexSyntaxException("Invalid capture group name");
        }

        return name;
    }

    private static bool IsGroupName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }

        return true;
    }

    private char Peek(int offset) => _position + offset < _pattern.Length ? _pattern[_position + offset] : '\0';

    private void AppendLiteral(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_')
        {
            _output.Append(c);
        }
        else
        {
            AppendCodeUnit(_output, c);
        }
    }

    private static void AppendCodeUnit(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

    // Counts capturing groups and numbers the named ones, skipping escapes and classes.
    private static (int Count, Dictionary<string, int> Names) ScanGroups(string pattern)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '(':
                    if (i + 1 >= pattern.Length || pattern[i + 1] != '?')
                    {
                        count++;
                    }
                    else if (i + 3 < pattern.Length && pattern[i + 2] == '<' && pattern[i + 3] is not ('=' or '!'))
                    {
                        count++;
                        var end = pattern.IndexOf('>', i + 3);
                        if (end > 0 && !names.TryAdd(pattern[(i + 3)..end], count))
                        {
                            throw new RegexSyntaxException("Duplicate capture group name");
                        }
                    }

                    break;
            }
        }

        return (count, names);
    }

    private static int SkipClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return i;
    }
}
