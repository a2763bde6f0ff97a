using System.Globalization;
using System.Text;
using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// Reads the suite's JSON files. Unlike a UTF-8 based reader it keeps <c>\uD800</c>-style escapes of lone
/// surrogates, which some cases use as inputs and expected error values, as the UTF-16 strings they denote.
/// </summary>
internal sealed class SuiteJson
{
    private readonly string _text;
    private int _pos;

    private SuiteJson(string text) => _text = text;

    public static JValue Parse(string text)
    {
        var reader = new SuiteJson(text);
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._pos != text.Length)
        {
            throw reader.Error("unexpected content after the JSON value");
        }

        return value;
    }

    private JValue ReadValue()
    {
        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of text");
        }

        switch (_text[_pos])
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                return new JString(ReadString());
            case 't':
                return ReadWord("true", JBool.True);
            case 'f':
                return ReadWord("false", JBool.False);
            case 'n':
                return ReadWord("null", JNull.Instance);
            default:
                return ReadNumber();
        }
    }

    private JObject ReadObject()
    {
        _pos++;
        var builder = new JObjectBuilder();
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return builder.Build();
        }

        do
        {
            SkipWhitespace();
            if (_pos >= _text.Length || _text[_pos] != '"')
            {
                throw Error("expected a member name");
            }

            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            builder.Set(key, ReadValue());
            SkipWhitespace();
        }
        while (TryConsume(','));

        Expect('}');
        return builder.Build();
    }

    private JArray ReadArray()
    {
        _pos++;
        var items = new List<JValue>();
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return JArray.Empty;
        }

        do
        {
            items.Add(ReadValue());
            SkipWhitespace();
        }
        while (TryConsume(','));

        Expect(']');
        return JArray.Adopt(items.ToArray());
    }

    private string ReadString()
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (_pos >= _text.Length)
            {
                throw Error("unterminated escape");
            }

            var escape = _text[_pos++];
            sb.Append(escape switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => ReadHexUnit(),
                _ => throw Error($"bad escape '\\{escape}'"),
            });
        }
    }

    private char ReadHexUnit()
    {
        if (_pos + 4 > _text.Length || !ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
        {
            throw Error("bad \\u escape");
        }

        _pos += 4;
        return (char)unit;
    }

    private JNumber ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && "+-0123456789.eE".Contains(_text[_pos], StringComparison.Ordinal))
        {
            _pos++;
        }

        var literal = _text[start.._pos];
        if (literal.Length == 0 || !double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw Error($"bad value '{(literal.Length == 0 ? _text[start].ToString() : literal)}'");
        }

        return JNumber.FromLiteral(literal);
    }

    private JValue ReadWord(string word, JValue value)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            throw Error("bad literal");
        }

        _pos += word.Length;
        return value;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private bool TryConsume(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Error($"expected '{c}'");
        }
    }

    private InvalidDataException Error(string what) => new($"invalid JSON at offset {_pos}: {what}");
}
