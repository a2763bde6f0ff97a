using System.Globalization;
using System.Numerics;
using System.Text;

namespace Cairn.Conformance.Tests.Python;

/// <summary>
/// JSON text in and out exactly as Python's <c>json</c> module does it, because the recorded snapshots
/// were produced by text replacements over <c>json.dumps</c> output: the same separators, the same
/// ASCII escaping and the same number spelling are needed for the replacements to hit the same places.
/// Values use the model of <see cref="PyValue"/>.
/// </summary>
public static class PyJson
{
    /// <summary>Parses like <c>json.loads</c> (accepts NaN/Infinity, last duplicate key wins).</summary>
    public static object? Parse(string text)
    {
        var reader = new Reader(text);
        reader.SkipWhitespace();
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (!reader.AtEnd)
        {
            throw new FormatException("Extra data");
        }

        return value;
    }

    public static bool TryParse(string text, out object? value)
    {
        try
        {
            value = Parse(text);
            return true;
        }
        catch (FormatException)
        {
            value = null;
            return false;
        }
    }

    /// <summary>
    /// Serialises like <c>json.dumps(value, default=str)</c>; with <paramref name="isoDates"/> datetimes
    /// are written with <c>isoformat()</c> instead of <c>str()</c>.
    /// </summary>
    public static string Dumps(object? value, bool sortKeys = false, bool isoDates = false)
    {
        var sb = new StringBuilder();
        Write(sb, value, sortKeys, isoDates);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, bool sortKeys, bool isoDates)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case string s:
                WriteString(sb, s);
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case BigInteger bi:
                sb.Append(bi.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(PyFloatFormatter.JsonRepr(d));
                break;
            case DateTimeOffset dt:
                WriteString(sb, PyValue.DateTimeToString(dt, isoDates));
                break;
            case List<object?> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Write(sb, list[i], sortKeys, isoDates);
                }

                sb.Append(']');
                break;
            case OrderedDictionary<string, object?> dict:
                sb.Append('{');
                IEnumerable<KeyValuePair<string, object?>> entries = dict;
                if (sortKeys)
                {
                    entries = dict.OrderBy(e => e.Key, StringComparer.Ordinal);
                }

                var first = true;
                foreach (var (key, item) in entries)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    WriteString(sb, key);
                    sb.Append(": ");
                    Write(sb, item, sortKeys, isoDates);
                }

                sb.Append('}');
                break;
            default:
                throw new ArgumentException($"Not a Python JSON value: {value.GetType()}");
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    // ensure_ascii: everything outside ' '..'~' becomes \uXXXX (lower-case hex).
                    if (c < ' ' || c > '~')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    private sealed class Reader(string text)
    {
        private int _pos;

        public bool AtEnd => _pos >= text.Length;

        public void SkipWhitespace()
        {
            while (_pos < text.Length && text[_pos] is ' ' or '\t' or '\n' or '\r')
            {
                _pos++;
            }
        }

        public object? ReadValue()
        {
            if (AtEnd)
            {
                throw new FormatException("Expecting value");
            }

            var c = text[_pos];
            switch (c)
            {
                case '{': return ReadObject();
                case '[': return ReadArray();
                case '"': return ReadString();
            }

            if (TryLiteral("null")) { return null; }
            if (TryLiteral("true")) { return true; }
            if (TryLiteral("false")) { return false; }
            if (TryLiteral("NaN")) { return double.NaN; }
            if (TryLiteral("Infinity")) { return double.PositiveInfinity; }
            if (TryLiteral("-Infinity")) { return double.NegativeInfinity; }
            return ReadNumber();
        }

        private bool TryLiteral(string literal)
        {
            if (string.CompareOrdinal(text, _pos, literal, 0, literal.Length) == 0)
            {
                _pos += literal.Length;
                return true;
            }

            return false;
        }

        private object ReadNumber()
        {
            var start = _pos;
            if (_pos < text.Length && text[_pos] == '-')
            {
                _pos++;
            }

            if (_pos >= text.Length || !char.IsAsciiDigit(text[_pos]))
            {
                throw new FormatException("Expecting value");
            }

            if (text[_pos] == '0')
            {
                _pos++;
            }
            else
            {
                while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) { _pos++; }
            }

            var isFloat = false;
            if (_pos + 1 < text.Length && text[_pos] == '.' && char.IsAsciiDigit(text[_pos + 1]))
            {
                isFloat = true;
                _pos++;
                while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) { _pos++; }
            }

            if (_pos < text.Length && text[_pos] is 'e' or 'E')
            {
                var save = _pos;
                _pos++;
                if (_pos < text.Length && text[_pos] is '+' or '-') { _pos++; }
                if (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
                {
                    isFloat = true;
                    while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) { _pos++; }
                }
                else
                {
                    _pos = save;
                }
            }

            var token = text[start.._pos];
            if (isFloat)
            {
                return double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            return long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                ? l
                : PyValue.NormaliseInt(BigInteger.Parse(token, CultureInfo.InvariantCulture));
        }

        private string ReadString()
        {
            _pos++;
            var sb = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw new FormatException("Unterminated string");
                }

                var c = text[_pos++];
                if (c == '"')
                {
                    return sb.ToString();
                }

                if (c < ' ')
                {
                    throw new FormatException("Invalid control character");
                }

                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    throw new FormatException("Unterminated string");
                }

                var e = text[_pos++];
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
                        if (_pos + 4 > text.Length ||
                            !int.TryParse(text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw new FormatException("Invalid \\uXXXX escape");
                        }

                        _pos += 4;
                        sb.Append((char)code);
                        break;
                    default:
                        throw new FormatException("Invalid \\escape");
                }
            }
        }

        private List<object?> ReadArray()
        {
            _pos++;
            var list = new List<object?>();
            SkipWhitespace();
            if (!AtEnd && text[_pos] == ']')
            {
                _pos++;
                return list;
            }

            while (true)
            {
                SkipWhitespace();
                list.Add(ReadValue());
                SkipWhitespace();
                if (AtEnd)
                {
                    throw new FormatException("Unterminated array");
                }

                var c = text[_pos++];
                if (c == ']')
                {
                    return list;
                }

                if (c != ',')
                {
                    throw new FormatException("Expecting ',' delimiter");
                }
            }
        }

        private OrderedDictionary<string, object?> ReadObject()
        {
            _pos++;
            var dict = new OrderedDictionary<string, object?>();
            SkipWhitespace();
            if (!AtEnd && text[_pos] == '}')
            {
                _pos++;
                return dict;
            }

            while (true)
            {
                SkipWhitespace();
                if (AtEnd || text[_pos] != '"')
                {
                    throw new FormatException("Expecting property name enclosed in double quotes");
                }

                var key = ReadString();
                SkipWhitespace();
                if (AtEnd || text[_pos] != ':')
                {
                    throw new FormatException("Expecting ':' delimiter");
                }

                _pos++;
                SkipWhitespace();

                // Python builds the dict by assignment: a repeated key keeps its first position, last value.
                dict[key] = ReadValue();
                SkipWhitespace();
                if (AtEnd)
                {
                    throw new FormatException("Unterminated object");
                }

                var c = text[_pos++];
                if (c == '}')
                {
                    return dict;
                }

                if (c != ',')
                {
                    throw new FormatException("Expecting ',' delimiter");
                }
            }
        }
    }
}
