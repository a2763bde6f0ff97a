using System.Text;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>
/// Reads the text of an intrinsic call into an immutable tree. Grammar:
/// <c>call := States.Name ( [arg {, arg}] )</c>;
/// <c>arg := 'string' | number | true | false | null | path | call</c>.
/// String literals use <c>\'</c>, <c>\{</c>, <c>\}</c> and <c>\\</c> as escapes; any other
/// backslash is an error, as AWS rejects such a definition.
/// </summary>
internal sealed class IntrinsicParser
{
    private const string Prefix = "States.";

    // A safety bound against stack exhaustion; AWS itself documents up to 10 nested calls.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _pos;

    private IntrinsicParser(string text) => _text = text;

    public static IntrinsicCall Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new IntrinsicParser(text);
        parser.SkipWhitespace();
        var call = parser.ParseCall(0);
        parser.SkipWhitespace();
        if (parser._pos != text.Length)
        {
            throw parser.Error("unexpected text after the closing parenthesis");
        }

        return call;
    }

    private IntrinsicCall ParseCall(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("intrinsic function calls are nested too deeply");
        }

        var start = _pos;
        if (string.CompareOrdinal(_text, _pos, Prefix, 0, Prefix.Length) != 0)
        {
            throw Error("expected an intrinsic function name starting with 'States.'");
        }

        _pos += Prefix.Length;
        while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos]))
        {
            _pos++;
        }

        var name = _text[start.._pos];
        if (!IntrinsicCatalog.TryGet(name, out var definition))
        {
            throw new AslSyntaxException($"Unknown intrinsic function '{name}'", start);
        }

        SkipWhitespace();
        Expect('(');
        var arguments = new List<IntrinsicArgument>();
        SkipWhitespace();
        if (Peek() != ')')
        {
            while (true)
            {
                SkipWhitespace();
                arguments.Add(ParseArgument(depth));
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _pos++;
                    continue;
                }

                break;
            }
        }

        Expect(')');
        if (!definition.Accepts(arguments.Count))
        {
            throw new AslSyntaxException(
                $"{name} takes {definition.DescribeArity()} but is given {arguments.Count}", start);
        }

        var call = new IntrinsicCall(_text[start.._pos], definition, arguments.ToArray());
        foreach (var argument in arguments)
        {
            if (argument is PathArgument path)
            {
                path.Owner = call;
            }
        }

        return call;
    }

    private IntrinsicArgument ParseArgument(int depth)
    {
        var c = Peek();
        switch (c)
        {
            case '\'':
                return ParseString();
            case '$':
                return ParsePath();
            case '-':
            case >= '0' and <= '9':
                return ParseNumber();
        }

        if (TryKeyword("true", JBool.True, out var literal)
            || TryKeyword("false", JBool.False, out literal)
            || TryKeyword("null", JNull.Instance, out literal))
        {
            return literal;
        }

        if (string.CompareOrdinal(_text, _pos, Prefix, 0, Prefix.Length) == 0)
        {
            return ParseCall(depth + 1);
        }

        throw Error(_pos >= _text.Length ? "unexpected end of the intrinsic function call" : $"unexpected character '{c}'");
    }

    private LiteralArgument ParseString()
    {
        var start = _pos++;
        var bodyStart = _pos;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new AslSyntaxException("Unterminated string literal in intrinsic function call", start);
            }

            var c = _text[_pos];
            if (c == '\'')
            {
                break;
            }

            if (c == '\\')
            {
                var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
                if (next is not ('\'' or '{' or '}' or '\\'))
                {
                    throw new AslSyntaxException(
                        "Invalid escape sequence in intrinsic function string literal: only \\', \\{, \\} and \\\\ are allowed", _pos);
                }

                value.Append(next);
                _pos += 2;
                continue;
            }

            value.Append(c);
            _pos++;
        }

        var body = _text[bodyStart.._pos];
        _pos++;
        var text = value.Length == 0 ? JString.Empty : new JString(value.ToString());
        return new LiteralArgument(_text[start.._pos], text, FormatTemplate.FromLiteral(body));
    }

    private LiteralArgument ParseNumber()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        var digits = SkipDigits();
        if (digits == 0)
        {
            throw Error("expected a digit");
        }

        if (Peek() == '.')
        {
            _pos++;
            if (SkipDigits() == 0)
            {
                throw Error("expected a digit after the decimal point");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (SkipDigits() == 0)
            {
                throw Error("expected a digit in the exponent");
            }
        }

        var text = _text[start.._pos];
        return new LiteralArgument(text, JNumber.FromLiteral(text));
    }

    private PathArgument ParsePath()
    {
        var start = _pos;
        var depth = 0;
        char quote = '\0';
        for (; _pos < _text.Length; _pos++)
        {
            var c = _text[_pos];
            if (quote != '\0')
            {
                // An escape skips the next character, when there is one (an unterminated quote reads to the end).
                if (c == '\\' && _pos + 1 < _text.Length)
                {
                    _pos++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            // Quotes only open strings inside brackets or filters: elsewhere they are name characters.
            if (depth > 0 && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '[' or '(')
            {
                depth++;
            }
            else if (c is ']' or ')')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                break;
            }
        }

        var text = _text[start.._pos].TrimEnd();
        try
        {
            return new PathArgument(text, JsonPath.Parse(text));
        }
        catch (AslSyntaxException e)
        {
            throw new AslSyntaxException($"Invalid path '{text}' in intrinsic function call: {e.Message}", start);
        }
    }

    private bool TryKeyword(string keyword, JValue value, out IntrinsicArgument literal)
    {
        var end = _pos + keyword.Length;
        if (string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) == 0
            && (end == _text.Length || !char.IsAsciiLetterOrDigit(_text[end])))
        {
            literal = new LiteralArgument(keyword, value);
            _pos = end;
            return true;
        }

        literal = null!;
        return false;
    }

    private int SkipDigits()
    {
        var start = _pos;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        return _pos - start;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _pos++;
    }

    private AslSyntaxException Error(string what) =>
        new($"Invalid intrinsic function call '{_text}': {what} at position {_pos}", _pos);
}
