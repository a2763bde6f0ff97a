using System.Globalization;

namespace Cairn.Asl.Paths;

/// <summary>
/// Recursive-descent parser for ASL JSONPath text. Follows Jayway's grammar and its leniency
/// (dot-names may contain any character but whitespace, '.', '[' and '('), but rejects what AWS
/// rejects at definition time: a missing '$', trailing dots, unterminated brackets and quotes.
/// The filter grammar lives in the other part of this class.
/// </summary>
internal sealed partial class PathParser
{
    private readonly string _text;
    private int _pos;

    /// <summary>Where the filter being read stops being one Jayway can compile (an unquoted word), if it does.</summary>
    private int? _unparsableAt;

    private PathParser(string text) => _text = text;

    private bool AtEnd => _pos >= _text.Length;

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';

    public static CompiledPath Parse(string text, out PathRoot root, out string? variableName)
    {
        if (text.Length == 0)
        {
            throw new AslSyntaxException("Invalid JSONPath: the path is empty.", 0);
        }

        // Jayway trims the path; AWS accepts a path followed by whitespace.
        var parser = new PathParser(text.TrimEnd());
        if (parser.Current != '$')
        {
            throw parser.Error("a path must start with '$'", 0);
        }

        root = parser.ReadRoot(out variableName);
        var path = parser.ReadChain(inFilter: false);
        if (!parser.AtEnd)
        {
            throw parser.Error($"unexpected character '{parser.Current}'", parser._pos);
        }

        return path;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private AslSyntaxException Error(string reason, int position) =>
        new($"Invalid JSONPath '{_text}': {reason} at position {position}.", position);

    /// <summary>Reads <c>$</c>, <c>$$</c> or <c>$name</c>; the current character is the '$'.</summary>
    private PathRoot ReadRoot(out string? variableName)
    {
        _pos++;
        variableName = null;
        if (Current == '$')
        {
            _pos++;
            ExpectStepOrEnd();
            return PathRoot.Context;
        }

        if (IsIdentifierStart(Current))
        {
            var start = _pos;
            while (!AtEnd && Current != '.' && Current != '[')
            {
                if (!IsIdentifierPart(Current))
                {
                    if (!char.IsWhiteSpace(Current) && !IsFilterDelimiter(Current))
                    {
                        throw Error($"invalid character '{Current}' in variable name", _pos);
                    }

                    break;
                }

                _pos++;
            }

            variableName = _text[start.._pos];
            return PathRoot.Variable;
        }

        ExpectStepOrEnd();
        return PathRoot.Input;
    }

    private void ExpectStepOrEnd()
    {
        if (!AtEnd && Current != '.' && Current != '[' && !char.IsWhiteSpace(Current) && !IsFilterDelimiter(Current))
        {
            throw Error($"unexpected character '{Current}' after the root", _pos);
        }
    }

    /// <summary>
    /// Reads steps until the text ends (or, inside a filter, until something that cannot
    /// continue a path, such as an operator or ')').
    /// </summary>
    private CompiledPath ReadChain(bool inFilter)
    {
        var segments = new List<PathSegment>();
        var function = PathFunction.None;
        while (!AtEnd)
        {
            var c = Current;
            if (c == '.')
            {
                if (Peek(1) == '.')
                {
                    segments.Add(ReadDescent(inFilter));
                    continue;
                }

                var dot = _pos++;
                if (AtEnd || (inFilter && (char.IsWhiteSpace(Current) || IsFilterDelimiter(Current))))
                {
                    throw Error("a path must not end with '.'", dot);
                }

                if (Current == '*')
                {
                    _pos++;
                    segments.Add(WildcardSegment.Instance);
                }
                else if (Current != '[')
                {
                    if (ReadNameStep(segments, inFilter, out function))
                    {
                        break;
                    }
                }

                // ".[" is accepted like Jayway does: the bracket is read on the next turn.
            }
            else if (c == '[')
            {
                segments.Add(ReadBracket(inFilter));
            }
            else if (segments.Count > 0 && !char.IsWhiteSpace(c) && !(inFilter && IsFilterDelimiter(c)))
            {
                // Jayway reads a name straight after ']' or '*' as the next step, as if a '.' stood before it.
                if (ReadNameStep(segments, inFilter, out function))
                {
                    break;
                }
            }
            else if (inFilter)
            {
                break;
            }
            else
            {
                throw Error($"unexpected character '{c}'", _pos);
            }
        }

        // Jayway: several names in the last step project one object instead of listing values.
        if (function == PathFunction.None && segments.Count > 0)
        {
            if (segments[^1] is PropertyUnionSegment union)
            {
                segments[^1] = union.AsProjection();
            }
            else if (segments[^1] is RecursiveDescentSegment { Inner: PropertyUnionSegment scanned })
            {
                segments[^1] = new RecursiveDescentSegment(scanned.AsProjection());
            }
        }

        return new CompiledPath(segments.ToArray(), function);
    }

    /// <summary>Reads a name step (or a closing function call); true when it was a function, which ends the path.</summary>
    private bool ReadNameStep(List<PathSegment> segments, bool inFilter, out PathFunction function)
    {
        var name = ReadDotName(inFilter, out function);
        if (function == PathFunction.None)
        {
            segments.Add(new PropertySegment(name));
            return false;
        }

        if (!AtEnd && (Current == '.' || Current == '['))
        {
            throw Error($"the function '{name}()' must be the last step", _pos);
        }

        return true;
    }

    private RecursiveDescentSegment ReadDescent(bool inFilter)
    {
        var start = _pos;
        _pos += 2;
        if (AtEnd || Current == '.' || (inFilter && (char.IsWhiteSpace(Current) || IsFilterDelimiter(Current))))
        {
            throw Error("'..' must be followed by a name, '*' or a bracket", start);
        }

        if (Current == '*')
        {
            _pos++;
            return new RecursiveDescentSegment(WildcardSegment.Instance);
        }

        if (Current == '[')
        {
            return new RecursiveDescentSegment(ReadBracket(inFilter));
        }

        var name = ReadDotName(inFilter, out var function);
        if (function != PathFunction.None)
        {
            throw Error("a function cannot follow '..'", start);
        }

        return new RecursiveDescentSegment(new PropertySegment(name));
    }

    /// <summary>Reads a name after '.', or a function call such as <c>length()</c>.</summary>
    private string ReadDotName(bool inFilter, out PathFunction function)
    {
        function = PathFunction.None;
        var start = _pos;
        while (!AtEnd)
        {
            var c = Current;
            if (c == '.' || c == '[' || c == '(')
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inFilter)
                {
                    break;
                }

                throw Error("use bracket notation ['my name'] for names that contain whitespace", _pos);
            }

            if (inFilter && IsFilterDelimiter(c))
            {
                break;
            }

            _pos++;
        }

        var name = _text[start.._pos];
        if (name.Length == 0)
        {
            throw Error("expected a name after '.'", start);
        }

        if (Current == '(')
        {
            if (!PathFunctions.TryParseName(name, out function))
            {
                throw Error($"unknown function '{name}()'", start);
            }

            _pos++;
            SkipWhitespace();
            if (Current != ')')
            {
                throw Error($"the function '{name}()' takes no arguments", _pos);
            }

            _pos++;
        }

        return name;
    }

    private PathSegment ReadBracket(bool inFilter)
    {
        var open = _pos++;
        SkipWhitespace();
        switch (Current)
        {
            case '\0' when AtEnd:
                throw Error("unterminated '['", open);
            case '?':
                return ReadFilter(open);
            case '*':
                _pos++;
                ExpectClose(open);
                return WildcardSegment.Instance;
            case '\'':
            case '"':
                return ReadNames(open);
            case '-':
            case ':':
            case >= '0' and <= '9':
                return ReadIndexes(open);
            default:
                throw Error($"unexpected character '{Current}' in brackets", _pos);
        }
    }

    private void ExpectClose(int open)
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("unterminated '['", open);
        }

        if (Current != ']')
        {
            throw Error($"expected ']' but found '{Current}'", _pos);
        }

        _pos++;
    }

    private PathSegment ReadNames(int open)
    {
        var names = new List<string>();
        while (true)
        {
            names.Add(ReadRawQuoted());
            SkipWhitespace();
            if (Current == ',' && !AtEnd)
            {
                _pos++;
                SkipWhitespace();
                if (Current is not ('\'' or '"'))
                {
                    throw AtEnd ? Error("unterminated '['", open) : Error("expected a quoted name after ','", _pos);
                }

                continue;
            }

            ExpectClose(open);
            break;
        }

        return names.Count == 1 ? new PropertySegment(names[0]) : new PropertyUnionSegment(names.ToArray(), isProjection: false);
    }

    /// <summary>
    /// A quoted name in brackets. A backslash protects the next character from ending the name but
    /// is kept: AWS resolves <c>$['a\"b']</c> to the member named <c>a\"b</c>.
    /// </summary>
    private string ReadRawQuoted()
    {
        var quote = Current;
        var start = _pos++;
        while (!AtEnd)
        {
            var c = Current;
            if (c == '\\')
            {
                _pos += 2;
                continue;
            }

            if (c == quote)
            {
                var name = _text[(start + 1).._pos];
                _pos++;
                return name;
            }

            _pos++;
        }

        throw Error("unterminated quoted name", start);
    }

    private PathSegment ReadIndexes(int open)
    {
        var first = TryReadInteger();
        SkipWhitespace();
        if (Current == ':')
        {
            return ReadSlice(open, first);
        }

        if (first is null)
        {
            throw Error("expected an array index", _pos);
        }

        var indexes = new List<int> { first.Value };
        while (Current == ',')
        {
            _pos++;
            SkipWhitespace();
            indexes.Add(TryReadInteger() ?? throw Error("expected an array index after ','", _pos));
            SkipWhitespace();
        }

        ExpectClose(open);
        return indexes.Count == 1 ? new IndexSegment(indexes[0]) : new IndexUnionSegment(indexes.ToArray());
    }

    private SliceSegment ReadSlice(int open, int? start)
    {
        _pos++;
        SkipWhitespace();
        var end = TryReadInteger();
        SkipWhitespace();
        int? step = null;
        if (Current == ':')
        {
            _pos++;
            SkipWhitespace();
            var stepPosition = _pos;
            step = TryReadInteger();
            if (step == 0)
            {
                throw Error("a slice step must not be 0", stepPosition);
            }

            SkipWhitespace();
        }

        ExpectClose(open);
        if (start is null && end is null && step is null)
        {
            throw Error("a slice needs a start or an end", open);
        }

        return new SliceSegment(start, end, step);
    }

    private int? TryReadInteger()
    {
        var start = _pos;
        if (Current == '-')
        {
            _pos++;
        }

        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            _pos++;
        }

        if (_pos == start)
        {
            return null;
        }

        if (!int.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error("invalid array index", start);
        }

        return value;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _pos++;
        }
    }
}
