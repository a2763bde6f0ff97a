using System.Globalization;
using System.Text;

namespace Cairn.Jsonata.RegularExpressions;

internal sealed partial class JavaScriptRegexTranslator
{
    private const string WordBoundary =
        "(?:(?<=" + WordClass + ")(?!" + WordClass + ")|(?<!" + WordClass + ")(?=" + WordClass + "))";

    private const string NotWordBoundary =
        "(?:(?<=" + WordClass + ")(?=" + WordClass + ")|(?<!" + WordClass + ")(?!" + WordClass + "))";

    private void TranslateEscape()
    {
        if (_position >= _pattern.Length)
        {
            throw new RegexSyntaxException("\\ at end of pattern");
        }

        var c = _pattern[_position++];
        if (CharacterSets.ForEscape(c) is { } set)
        {
            _output.Append(char.IsUpper(c) ? "(?-i:[^" : "(?-i:[").Append(set).Append("])");
            return;
        }

        switch (c)
        {
            case 'b':
                _output.Append(WordBoundary);
                return;
            case 'B':
                _output.Append(NotWordBoundary);
                return;
            case >= '1' and <= '9':
                TranslateNumberedEscape(c);
                return;
            case 'k' when _groupNames.Count > 0:
                TranslateNamedBackreference();
                return;
            case 'c':
                if (char.IsAsciiLetter(Peek(0)))
                {
                    AppendLiteral((char)(_pattern[_position++] % 32));
                }
                else
                {
                    // Not a control escape: the backslash stands for itself and 'c' is read again.
                    _position--;
                    AppendLiteral('\\');
                }

                return;
            default:
                AppendLiteral(ReadCharacterEscape(c));
                return;
        }
    }

    // \1..\99: a backreference when that many groups exist, otherwise an octal escape or the digit itself.
    private void TranslateNumberedEscape(char first)
    {
        var start = _position - 1;
        var end = start;
        while (end < _pattern.Length && char.IsAsciiDigit(_pattern[end]))
        {
            end++;
        }

        var number = double.Parse(_pattern.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture);
        if (number <= _groupCount)
        {
            _position = end;
            AppendBackreference((int)number);
        }
        else if (first >= '8')
        {
            AppendLiteral(first);
        }
        else
        {
            AppendLiteral(ReadLegacyOctal(first));
        }
    }

    private void TranslateNamedBackreference()
    {
        if (Peek(0) != '<')
        {
            throw new RegexSyntaxException("Invalid named reference");
        }

        _position++;
        var name = ReadGroupName();
        if (!_groupNames.TryGetValue(name, out var number))
        {
            throw new RegexSyntaxException("Invalid named capture referenced");
        }

        AppendBackreference(number);
    }

    // JavaScript matches an empty string for a group that has not taken part; .NET would fail.
    private void AppendBackreference(int number) =>
        _output.Append("(?:(?(").Append(number).Append(")\\").Append(number).Append("))");

    /// <summary>Reads the escape after a backslash whose first character <paramref name="c"/> is already consumed and names one character.</summary>
    private char ReadCharacterEscape(char c)
    {
        switch (c)
        {
            case 't': return '\t';
            case 'n': return '\n';
            case 'v': return '\v';
            case 'f': return '\f';
            case 'r': return '\r';
            case '0':
                return IsOctalDigit(Peek(0)) ? ReadLegacyOctal(c) : '\0';
            case >= '1' and <= '7':
                return ReadLegacyOctal(c);
            case 'x':
                return TryReadHex(2, out var x) ? x : 'x';
            case 'u':
                return TryReadHex(4, out var u) ? u : 'u';
            default:
                return c;
        }
    }

    // Up to three octal digits with a value below 256: 0-3 may take two more digits, 4-7 one more.
    private char ReadLegacyOctal(char first)
    {
        var value = first - '0';
        if (IsOctalDigit(Peek(0)))
        {
            value = value * 8 + (_pattern[_position++] - '0');
            if (first <= '3' && IsOctalDigit(Peek(0)))
            {
                value = value * 8 + (_pattern[_position++] - '0');
            }
        }

        return (char)value;
    }

    private static bool IsOctalDigit(char c) => c is >= '0' and <= '7';

    private bool TryReadHex(int length, out char value)
    {
        value = '\0';
        if (_position + length > _pattern.Length)
        {
            return false;
        }

        var span = _pattern.AsSpan(_position, length);
        foreach (var h in span)
        {
            if (!char.IsAsciiHexDigit(h))
            {
                return false;
            }
        }

        value = (char)int.Parse(span, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        _position += length;
        return true;
    }

    private void TranslateClass()
    {
        var negated = false;
        if (Peek(0) == '^')
        {
            negated = true;
            _position++;
        }

        var body = new StringBuilder();
        var negatedSets = new List<string>();
        while (true)
        {
            if (_position >= _pattern.Length)
            {
                throw new RegexSyntaxException("Unterminated character class");
            }

            if (_pattern[_position] == ']')
            {
                _position++;
                break;
            }

            var first = ReadClassAtom();
            if (Peek(0) == '-' && Peek(1) != ']' && _position + 1 < _pattern.Length)
            {
                _position++;
                var last = ReadClassAtom();
                if (first.Set is null && last.Set is null)
                {
                    if (first.Character > last.Character)
                    {
                        throw new RegexSyntaxException("Range out of order in character class");
                    }

                    AppendCodeUnit(body, first.Character);
                    body.Append('-');
                    AppendCodeUnit(body, last.Character);
                    continue;
                }

                // A range with a class escape at either end is a union with a literal '-'.
                AddClassAtom(first, body, negatedSets);
                AppendCodeUnit(body, '-');
                AddClassAtom(last, body, negatedSets);
                continue;
            }

            AddClassAtom(first, body, negatedSets);
        }

        _output.Append(ClassText(negated, body.ToString(), negatedSets));
    }

    private static string ClassText(bool negated, string body, List<string> negatedSets)
    {
        if (negatedSets.Count == 0)
        {
            return (negated, body.Length) switch
            {
                (false, 0) => "(?!)",
                (true, 0) => @"[\s\S]",
                (false, _) => "[" + body + "]",
                (true, _) => "[^" + body + "]",
            };
        }

        var alternatives = new List<string>(negatedSets.Count + 1);
        if (body.Length > 0)
        {
            alternatives.Add("[" + body + "]");
        }

        foreach (var set in negatedSets)
        {
            alternatives.Add("[^" + set + "]");
        }

        var union = "(?:" + string.Join("|", alternatives) + ")";
        return negated ? @"(?:(?!" + union + @")[\s\S])" : union;
    }

    private static void AddClassAtom(ClassAtom atom, StringBuilder body, List<string> negatedSets)
    {
        if (atom.Set is null)
        {
            AppendCodeUnit(body, atom.Character);
        }
        else if (atom.SetNegated)
        {
            negatedSets.Add(atom.Set);
        }
        else
        {
            body.Append(atom.Set);
        }
    }

    private ClassAtom ReadClassAtom()
    {
        var c = _pattern[_position++];
        if (c != '\\')
        {
            return new ClassAtom(c, null, false);
        }

        if (_position >= _pattern.Length)
        {
            throw new RegexSyntaxException("\\ at end of pattern");
        }

        c = _pattern[_position++];
        if (CharacterSets.ForEscape(c) is { } set)
        {
            return new ClassAtom('\0', set, char.IsUpper(c));
        }

        switch (c)
        {
            case 'b':
                return new ClassAtom('\b', null, false);
            case '8' or '9':
                return new ClassAtom(c, null, false);
            case 'c':
                var control = Peek(0);
                if (char.IsAsciiLetterOrDigit(control) || control == '_')
                {
                    _position++;
                    return new ClassAtom((char)(control % 32), null, false);
                }

                _position--;
                return new ClassAtom('\\', null, false);
            default:
                return new ClassAtom(ReadCharacterEscape(c), null, false);
        }
    }

    private readonly record struct ClassAtom(char Character, string? Set, bool SetNegated);
}
