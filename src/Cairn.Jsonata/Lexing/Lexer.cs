using System.Globalization;
using System.Text;
using Cairn.Json;

namespace Cairn.Jsonata.Lexing;

/// <summary>Splits JSONata text into tokens on demand. A <c>/</c> opens a regular expression only where an operand may start.</summary>
internal sealed class Lexer
{
    private readonly string _text;
    private int _position;

    public Lexer(string text) => _text = text;

    /// <summary>Reads the next token; <paramref name="operandExpected"/> makes <c>/</c> start a regex literal.</summary>
    public Token Next(bool operandExpected)
    {
        var text = _text;
        SkipWhitespaceAndComments();
        if (_position >= text.Length)
        {
            return new Token(TokenKind.End, "(end)", _position);
        }

        var c = text[_position];
        if (operandExpected && c == '/')
        {
            return ReadRegex();
        }

        if (_position + 1 < text.Length && IsTwoCharOperator(c, text[_position + 1]))
        {
            _position += 2;
            return new Token(TokenKind.Operator, text.Substring(_position - 2, 2), _position);
        }

        if (IsOperatorChar(c))
        {
            _position++;
            return new Token(TokenKind.Operator, OperatorText(c), _position);
        }

        if (c is '"' or '\'')
        {
            return ReadString(c);
        }

        if (c is >= '0' and <= '9')
        {
            return ReadNumber();
        }

        if (c == '`')
        {
            var end = text.IndexOf('`', _position + 1);
            if (end < 0)
            {
                _position = text.Length;
                throw JsonataErrors.Create("S0105", _position);
            }

            var name = text.Substring(_position + 1, end - _position - 1);
            _position = end + 1;
            return new Token(TokenKind.Name, name, _position);
        }

        var start = _position;
        while (_position < text.Length && !IsOperatorChar(text[_position]) && !char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }

        if (c == '$')
        {
            // A variable name stops at the same characters as a name, but may start with a second '$' ($$).
            var nameStart = start + 1;
            var end = nameStart;
            while (end < text.Length && !IsOperatorChar(text[end]) && !char.IsWhiteSpace(text[end]) && (end == nameStart || text[end] != '$'))
            {
                end++;
            }

            _position = end;
            return new Token(TokenKind.Variable, text.Substring(nameStart, end - nameStart), _position);
        }

        var word = text.Substring(start, _position - start);
        return word switch
        {
            "and" or "or" or "in" => new Token(TokenKind.Operator, word, _position),
            "true" => new Token(TokenKind.Value, word, _position, JBool.True),
            "false" => new Token(TokenKind.Value, word, _position, JBool.False),
            "null" => new Token(TokenKind.Value, word, _position, JNull.Instance),
            _ => new Token(TokenKind.Name, word, _position),
        };
    }

    /// <summary>The raw characters from the current position up to the matching '>' of a signature; the parser reads signatures this way.</summary>
    public string ReadSignature(int start)
    {
        var depth = 0;
        var i = start;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '<')
            {
                depth++;
            }
            else if (c == '>')
            {
                depth--;
                if (depth == 0)
                {
                    _position = i + 1;
                    return _text.Substring(start, i + 1 - start);
                }
            }
            else if (c == '{')
            {
                break;
            }

            i++;
        }

        _position = _text.Length;
        throw JsonataErrors.Create("S0203", _text.Length, expected: ">");
    }

    private static bool IsTwoCharOperator(char a, char b) => (a, b) switch
    {
        ('.', '.') or (':', '=') or ('!', '=') or ('>', '=') or ('<', '=') or ('*', '*') or ('~', '>') or ('?', ':') or ('?', '?') => true,
        _ => false,
    };

    private static bool IsOperatorChar(char c) => c switch
    {
        '.' or '[' or ']' or '{' or '}' or '(' or ')' or ',' or '@' or '#' or ';' or ':' or '?' or '+' or '-' or '*' or '/' or '%' or '|' or '=' or '<' or '>' or '^' or '&' or '!' or '~' => true,
        _ => false,
    };

    private static string OperatorText(char c) => c switch
    {
        '.' => ".", '[' => "[", ']' => "]", '{' => "{", '}' => "}", '(' => "(", ')' => ")", ',' => ",", '@' => "@",
        '#' => "#", ';' => ";", ':' => ":", '?' => "?", '+' => "+", '-' => "-", '*' => "*", '/' => "/", '%' => "%",
        '|' => "|", '=' => "=", '<' => "<", '>' => ">", '^' => "^", '&' => "&", '!' => "!", _ => "~",
    };

    private void SkipWhitespaceAndComments()
    {
        var text = _text;
        while (_position < text.Length)
        {
            var c = text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < text.Length && text[_position + 1] == '*')
            {
                var end = text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    _position = text.Length;
                    throw JsonataErrors.Create("S0106", _position);
                }

                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private Token ReadString(char quote)
    {
        var text = _text;
        var sb = new StringBuilder();
        var i = _position + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == quote)
            {
                _position = i + 1;
                return new Token(TokenKind.String, sb.ToString(), _position, new JString(sb.ToString()));
            }

            if (c == '\\')
            {
                i++;
                if (i >= text.Length)
                {
                    break;
                }

                var e = text[i];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (IsHex4(text, i + 1))
                        {
                            sb.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                            i += 4;
                        }
                        else
                        {
                            _position = i;
                            throw JsonataErrors.Create("S0104", i);
                        }

                        break;
                    default:
                        _position = i;
                        throw JsonataErrors.Create("S0103", i, e.ToString());
                }

                i++;
                continue;
            }

            sb.Append(c);
            i++;
        }

        _position = text.Length;
        throw JsonataErrors.Create("S0101", _position);
    }

    private static bool IsHex4(string text, int start)
    {
        if (start + 4 > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + 4; k++)
        {
            if (!char.IsAsciiHexDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private Token ReadNumber()
    {
        var text = _text;
        var i = _position;
        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                i = j;
            }
        }

        var literal = text.Substring(_position, i - _position);
        _position = i;
        var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
        {
            throw JsonataErrors.Create("S0102", _position, literal);
        }

        return new Token(TokenKind.Number, literal, _position, Values.Numbers.From(value));
    }

    private Token ReadRegex()
    {
        var text = _text;
        var start = _position + 1;
        var i = start;
        var inClass = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                var pattern = text.Substring(start, i - start);
                if (pattern.Length == 0)
                {
                    _position = i + 1;
                    throw JsonataErrors.Create("S0301", _position);
                }

                i++;
                var flagsStart = i;
                while (i < text.Length && char.IsAsciiLetterLower(text[i]))
                {
                    i++;
                }

                _position = i;
                return new Token(TokenKind.Regex, pattern, _position, null, text.Substring(flagsStart, i - flagsStart));
            }

            i++;
        }

        _position = text.Length;
        throw JsonataErrors.Create("S0302", _position);
    }
}
