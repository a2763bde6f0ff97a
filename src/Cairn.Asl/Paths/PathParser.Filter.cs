using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cairn.Asl.Paths.Filters;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// The filter grammar (<c>[?( ... )]</c>): <c>||</c> binds loosest, then <c>&amp;&amp;</c>, then
/// <c>!</c>; parentheses group. Operands are paths (<c>@</c>, <c>$</c>, <c>$$</c>, <c>$name</c>),
/// literals (numbers, quoted strings, true/false/null, JSON arrays and objects) and
/// <c>/regex/flags</c>.
/// </summary>
internal sealed partial class PathParser
{
    /// <summary>Characters that end a dot-name inside a filter.</summary>
    private static bool IsFilterDelimiter(char c) =>
        c is ')' or ']' or ',' or '=' or '!' or '<' or '>' or '&' or '|';

    private FilterSegment ReadFilter(int open)
    {
        _unparsableAt = null;
        _pos++;
        SkipWhitespace();
        if (Current != '(' || AtEnd)
        {
            throw AtEnd ? Error("unterminated '['", open) : Error("expected '(' after '?'", _pos);
        }

        var openParen = _pos++;
        var start = _pos;
        var filter = ReadOr();
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("unterminated filter '[?('", open);
        }

        if (Current != ')')
        {
            throw Error($"unexpected character '{Current}' in filter", _pos);
        }

        var source = _text[start.._pos].Trim();
        _pos++;
        if (source.Length == 0)
        {
            throw Error("empty filter", openParen);
        }

        ExpectClose(open);
        if (_unparsableAt is { } at)
        {
            // Jayway's reason, positions counted from the filter's '['.
            var criteria = _text[open.._pos];
            filter = new UnparsableFilterExpression(
                $"Invalid path '{_text.Trim()}': Failed to parse filter: {criteria}, error on position: {at - open}, char: {_text[at]}");
        }

        return new FilterSegment(filter, source);
    }

    private FilterExpression ReadOr()
    {
        var left = ReadAnd();
        while (true)
        {
            SkipWhitespace();
            if (Current != '|' || Peek(1) != '|')
            {
                return left;
            }

            _pos += 2;
            left = new LogicalOrExpression(left, ReadAnd());
        }
    }

    private FilterExpression ReadAnd()
    {
        var left = ReadUnary();
        while (true)
        {
            SkipWhitespace();
            if (Current != '&' || Peek(1) != '&')
            {
                return left;
            }

            _pos += 2;
            left = new LogicalAndExpression(left, ReadUnary());
        }
    }

    private FilterExpression ReadUnary()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("unterminated filter expression", _pos);
        }

        if (Current == '!' && Peek(1) != '=')
        {
            _pos++;
            return new LogicalNotExpression(ReadUnary());
        }

        if (Current == '(')
        {
            var open = _pos++;
            var inner = ReadOr();
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error("unterminated '('", open);
            }

            if (Current != ')')
            {
                throw Error($"expected ')' but found '{Current}'", _pos);
            }

            _pos++;
            return inner;
        }

        return ReadComparison();
    }

    private FilterExpression ReadComparison()
    {
        var start = _pos;
        var left = ReadOperand();
        SkipWhitespace();
        if (AtEnd || Current == ')' || (Current == '&' && Peek(1) == '&') || (Current == '|' && Peek(1) == '|'))
        {
            if (left is PathOperand path)
            {
                return new ExistenceExpression(path);
            }

            throw Error("expected a comparison operator after the value", _pos);
        }

        var op = ReadOperator();
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("expected a value after the operator", _pos);
        }

        var right = ReadOperand();
        if (op == FilterOperator.Matches && left is not RegexOperand && right is not RegexOperand)
        {
            throw Error("'=~' needs a /regular expression/", start);
        }

        return new ComparisonExpression(left, op, right);
    }

    private FilterOperator ReadOperator()
    {
        var start = _pos;
        var c = Current;
        var next = Peek(1);
        switch (c)
        {
            case '=' when next == '=':
                _pos += 2;
                return FilterOperator.Equal;
            case '=' when next == '~':
                _pos += 2;
                return FilterOperator.Matches;
            case '!' when next == '=':
                _pos += 2;
                return FilterOperator.NotEqual;
            case '<' when next == '=':
                _pos += 2;
                return FilterOperator.LessThanOrEqual;
            case '>' when next == '=':
                _pos += 2;
                return FilterOperator.GreaterThanOrEqual;
            case '<':
                _pos++;
                return FilterOperator.LessThan;
            case '>':
                _pos++;
                return FilterOperator.GreaterThan;
        }

        while (!AtEnd && char.IsAsciiLetter(Current))
        {
            _pos++;
        }

        var word = _text[start.._pos];
        return word switch
        {
            "in" => FilterOperator.In,
            "nin" => FilterOperator.NotIn,
            "subsetof" => FilterOperator.SubsetOf,
            "anyof" => FilterOperator.AnyOf,
            "noneof" => FilterOperator.NoneOf,
            "size" => FilterOperator.Size,
            "empty" => FilterOperator.Empty,
            "contains" => FilterOperator.Contains,
            _ => throw Error(word.Length == 0 ? $"unexpected character '{c}' in filter" : $"unknown operator '{word}'", start),
        };
    }

    private FilterOperand ReadOperand()
    {
        switch (Current)
        {
            case '@':
                _pos++;
                return new PathOperand(PathOperandRoot.Current, null, ReadChain(inFilter: true));
            case '$':
            {
                var root = ReadRoot(out var variableName) switch
                {
                    PathRoot.Context => PathOperandRoot.Context,
                    PathRoot.Variable => PathOperandRoot.Variable,
                    _ => PathOperandRoot.Document,
                };
                return new PathOperand(root, variableName, ReadChain(inFilter: true));
            }

            case '/':
                return ReadRegex();
            default:
                return new LiteralOperand(ReadLiteral());
        }
    }

    private RegexOperand ReadRegex()
    {
        var start = _pos++;
        var pattern = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Error("unterminated regular expression", start);
            }

            var c = Current;
            if (c == '/')
            {
                _pos++;
                break;
            }

            if (c == '\\' && Peek(1) == '/')
            {
                // "\/" only protects the delimiter; the pattern itself needs a plain '/'.
                pattern.Append('/');
                _pos += 2;
                continue;
            }

            if (c == '\\' && _pos + 1 < _text.Length)
            {
                pattern.Append(c).Append(_text[_pos + 1]);
                _pos += 2;
                continue;
            }

            pattern.Append(c);
            _pos++;
        }

        var options = RegexOptions.None;
        while (!AtEnd && char.IsAsciiLetter(Current))
        {
            options |= Current switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                // Java's UNIX_LINES and Unicode flags have no .NET counterpart worth emulating.
                'd' or 'u' or 'U' => RegexOptions.None,
                _ => throw Error($"unknown regular expression flag '{Current}'", _pos),
            };
            _pos++;
        }

        try
        {
            return new RegexOperand(pattern.ToString(), options);
        }
        catch (ArgumentException e)
        {
            throw Error($"invalid regular expression ({e.Message})", start);
        }
    }

    /// <summary>A JSON value, also accepting single-quoted strings as Jayway does.</summary>
    private JValue ReadLiteral()
    {
        SkipWhitespace();
        var start = _pos;
        switch (Current)
        {
            case '\0' when AtEnd:
                throw Error("expected a value", _pos);
            case '\'':
            case '"':
                return new JString(ReadEscapedString());
            case '[':
                return ReadArrayLiteral();
            case '{':
                return ReadObjectLiteral();
            case '-':
            case >= '0' and <= '9':
                return ReadNumberLiteral();
        }

        while (!AtEnd && char.IsAsciiLetter(Current))
        {
            _pos++;
        }

        switch (_text[start.._pos])
        {
            case "true":
                return JBool.True;
            case "false":
                return JBool.False;
            case "null":
                return JNull.Instance;
        }

        if (!IsIdentifierStart(_text[start]))
        {
            throw Error($"unexpected character '{_text[start]}' in filter", start);
        }

        // An unquoted word: Jayway reads it as a number and cannot compile the filter, yet AWS
        // accepts the definition; the filter fails when it is evaluated.
        while (!AtEnd && IsIdentifierPart(Current))
        {
            _pos++;
        }

        _unparsableAt ??= start;
        return JNull.Instance;
    }

    private JNumber ReadNumberLiteral()
    {
        var start = _pos;
        if (Current == '-')
        {
            _pos++;
        }

        var digits = SkipDigits();
        if (Current == '.')
        {
            _pos++;
            digits &= SkipDigits();
        }

        if (digits && Current is 'e' or 'E')
        {
            _pos++;
            if (Current is '+' or '-')
            {
                _pos++;
            }

            digits &= SkipDigits();
        }

        var text = _text[start.._pos];
        if (!digits || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw Error($"invalid number '{text}'", start);
        }

        return JNumber.FromLiteral(text);
    }

    private bool SkipDigits()
    {
        var start = _pos;
        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            _pos++;
        }

        return _pos > start;
    }

    private string ReadEscapedString()
    {
        var quote = Current;
        var start = _pos++;
        var builder = new StringBuilder();
        while (!AtEnd)
        {
            var c = Current;
            if (c == quote)
            {
                _pos++;
                return builder.ToString();
            }

            if (c == '\\' && _pos + 1 < _text.Length)
            {
                var escaped = _text[_pos + 1];
                _pos += 2;
                switch (escaped)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'u' when _pos + 4 <= _text.Length
                        && ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _pos += 4;
                        break;
                    default: builder.Append(escaped); break;
                }

                continue;
            }

            builder.Append(c);
            _pos++;
        }

        throw Error("unterminated string", start);
    }

    private JArray ReadArrayLiteral()
    {
        var open = _pos++;
        var items = new List<JValue>();
        SkipWhitespace();
        if (Current == ']')
        {
            _pos++;
            return JArray.Empty;
        }

        while (true)
        {
            items.Add(ReadLiteral());
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error("unterminated array", open);
            }

            if (Current == ']')
            {
                _pos++;
                return JArray.Adopt(items.ToArray());
            }

            if (Current != ',')
            {
                throw Error($"expected ',' or ']' but found '{Current}'", _pos);
            }

            _pos++;
        }
    }

    private JObject ReadObjectLiteral()
    {
        var open = _pos++;
        var builder = new JObjectBuilder();
        SkipWhitespace();
        if (Current == '}')
        {
            _pos++;
            return builder.Build();
        }

        while (true)
        {
            SkipWhitespace();
            if (Current is not ('\'' or '"'))
            {
                throw AtEnd ? Error("unterminated object", open) : Error("expected a quoted member name", _pos);
            }

            var key = ReadEscapedString();
            SkipWhitespace();
            if (Current != ':')
            {
                throw Error("expected ':' after the member name", _pos);
            }

            _pos++;
            builder.Set(key, ReadLiteral());
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error("unterminated object", open);
            }

            if (Current == '}')
            {
                _pos++;
                return builder.Build();
            }

            if (Current != ',')
            {
                throw Error($"expected ',' or '}}' but found '{Current}'", _pos);
            }

            _pos++;
        }
    }
}
