using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Signatures;

/// <summary>
/// A parsed JSONata function signature such as <c>&lt;s-nn?:s&gt;</c>. Validation matches the
/// arguments to the parameters (optional ones may be skipped, <c>+</c> takes several), fills a
/// missing context parameter from the context value, and wraps single values passed for array
/// parameters.
/// </summary>
internal sealed class Signature
{
    private static readonly Dictionary<string, Signature> Cache = new(StringComparer.Ordinal);

    private readonly SignatureParameter[] _parameters;

    private Signature(string text, SignatureParameter[] parameters)
    {
        Text = text;
        _parameters = parameters;
    }

    public string Text { get; }

    /// <summary>Parses (and caches) a signature; S0401/S0402 on misuse of type parameters.</summary>
    public static Signature Parse(string text, int position = -1)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(text, out var cached))
            {
                return cached;
            }
        }

        var parsed = new Signature(text, ParseParameters(text, position));
        lock (Cache)
        {
            Cache[text] = parsed;
        }

        return parsed;
    }

    public static char SymbolOf(JValue? value) => value switch
    {
        null => 'm',
        JNull => 'l',
        JBool => 'b',
        JNumber => 'n',
        JString => 's',
        JArray => 'a',
        JObject => 'o',
        _ => 'f',
    };

    /// <summary>The arguments the function body receives; throws T0410, T0411 or T0412.</summary>
    public JValue?[] Validate(JValue?[] arguments, JValue? context, bool hasContext, string functionName, int position)
    {
        // Per call, so on the stack when small (calls in a path run once per item).
        Span<char> symbols = arguments.Length <= 16 ? stackalloc char[arguments.Length] : new char[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            symbols[i] = SymbolOf(arguments[i]);
        }

        Span<int> counts = _parameters.Length <= 16 ? stackalloc int[_parameters.Length] : new int[_parameters.Length];
        counts.Clear();
        if (!Match(symbols, 0, 0, counts))
        {
            throw JsonataErrors.Create("T0410", position, functionName, value: FirstMismatch(symbols, arguments, out var index), index: index);
        }

        var result = new JValue?[arguments.Length + _parameters.Length];
        var count = 0;
        var lastSupplied = 0;
        var argumentIndex = 0;
        for (var p = 0; p < _parameters.Length; p++)
        {
            var parameter = _parameters[p];
            if (counts[p] == 0)
            {
                if (parameter.Option == '-')
                {
                    var symbol = SymbolOf(context);
                    if (hasContext && context is not null && !parameter.Accepts(symbol))
                    {
                        throw JsonataErrors.Create("T0411", position, functionName, value: context, index: argumentIndex + 1);
                    }

                    result[count++] = hasContext ? context : null;
                    lastSupplied = count;
                }
                else
                {
                    // An optional parameter left out still takes the argument in its place (JSONata's
                    // behaviour), which shifts the rest; for trailing optional ones that is undefined.
                    result[count++] = argumentIndex < arguments.Length ? arguments[argumentIndex] : null;
                    if (argumentIndex < arguments.Length)
                    {
                        lastSupplied = count;
                    }

                    argumentIndex++;
                }

                continue;
            }

            for (var k = 0; k < counts[p]; k++)
            {
                var argument = argumentIndex < arguments.Length ? arguments[argumentIndex] : null;
                if (parameter.IsArray && argument is not null)
                {
                    if (parameter.ArraySubtype != '\0' && !AllItemsAre(argument, parameter.ArraySubtype))
                    {
                        throw JsonataErrors.Create("T0412", position, functionName, value: argument, index: argumentIndex + 1, type: ArrayTypeName(parameter.ArraySubtype));
                    }

                    if (argument is not JArray)
                    {
                        argument = JArray.Adopt([argument]);
                    }
                }

                argumentIndex++;
                result[count++] = argument;
                lastSupplied = count;
            }
        }

        if (lastSupplied != result.Length)
        {
            Array.Resize(ref result, lastSupplied);
        }

        return result;
    }

    private static bool AllItemsAre(JValue argument, char subtype)
    {
        if (argument is not JArray array)
        {
            return SymbolOf(argument) == subtype;
        }

        foreach (var item in array)
        {
            if (SymbolOf(item) != subtype)
            {
                return false;
            }
        }

        return true;
    }

    private static string ArrayTypeName(char subtype) => subtype switch
    {
        'a' => "arrays",
        'b' => "booleans",
        'f' => "functions",
        'n' => "numbers",
        'o' => "objects",
        's' => "strings",
        'l' => "nulls",
        _ => subtype.ToString(),
    };

    // Greedy with backtracking, in the order a regular expression built from the signature would try.
    private bool Match(ReadOnlySpan<char> symbols, int p, int a, Span<int> counts)
    {
        if (p == _parameters.Length)
        {
            return a == symbols.Length;
        }

        var parameter = _parameters[p];
        switch (parameter.Option)
        {
            case '+':
            {
                var max = 0;
                while (a + max < symbols.Length && parameter.Accepts(symbols[a + max]))
                {
                    max++;
                }

                for (var n = max; n >= 1; n--)
                {
                    counts[p] = n;
                    if (Match(symbols, p + 1, a + n, counts))
                    {
                        return true;
                    }
                }

                counts[p] = 0;
                return false;
            }

            case '?':
            case '-':
                if (a < symbols.Length && parameter.Accepts(symbols[a]))
                {
                    counts[p] = 1;
                    if (Match(symbols, p + 1, a + 1, counts))
                    {
                        return true;
                    }
                }

                counts[p] = 0;
                return Match(symbols, p + 1, a, counts);
            default:
                if (a < symbols.Length && parameter.Accepts(symbols[a]))
                {
                    counts[p] = 1;
                    if (Match(symbols, p + 1, a + 1, counts))
                    {
                        return true;
                    }
                }

                counts[p] = 0;
                return false;
        }
    }

    // The first argument a left-to-right greedy reading cannot place, for the T0410 message.
    private JValue? FirstMismatch(ReadOnlySpan<char> symbols, JValue?[] arguments, out int index)
    {
        var a = 0;
        foreach (var parameter in _parameters)
        {
            if (a >= symbols.Length)
            {
                break;
            }

            if (parameter.Accepts(symbols[a]))
            {
                a++;
                if (parameter.Option == '+')
                {
                    while (a < symbols.Length && parameter.Accepts(symbols[a]))
                    {
                        a++;
                    }
                }
            }
            else if (parameter.Option is '\0' or '+')
            {
                break;
            }
        }

        var at = Math.Min(a, symbols.Length - 1);
        index = at + 1;
        return at >= 0 && at < arguments.Length ? arguments[at] : null;
    }

    private static SignatureParameter[] ParseParameters(string text, int position)
    {
        var parameters = new List<SignatureParameter>();
        var i = text.Length > 0 && text[0] == '<' ? 1 : 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ':' or '>')
            {
                break;
            }

            string types;
            var isChoice = false;
            if (c == '(')
            {
                var end = text.IndexOf(')', i);
                var inner = text.Substring(i + 1, end - i - 1);
                if (inner.Contains('<', StringComparison.Ordinal))
                {
                    throw JsonataErrors.Create("S0402", position, value: new Cairn.Json.JString(inner));
                }

                types = Expand(inner);
                isChoice = true;
                i = end + 1;
            }
            else
            {
                types = Expand(c.ToString());
                i++;
            }

            var subtype = '\0';
            if (i < text.Length && text[i] == '<')
            {
                if (isChoice || (c != 'a' && c != 'f'))
                {
                    throw JsonataErrors.Create("S0401", position, value: new Cairn.Json.JString(c.ToString()));
                }

                var end = MatchingBracket(text, i);
                if (c == 'a')
                {
                    var inner = text.Substring(i + 1, end - i - 1);
                    subtype = inner.Length == 1 ? inner[0] : '\0';
                }

                i = end + 1;
            }

            var option = '\0';
            if (i < text.Length && text[i] is '?' or '+' or '-')
            {
                option = text[i];
                i++;
            }

            parameters.Add(new SignatureParameter(types, option, subtype));
        }

        return parameters.ToArray();
    }

    private static int MatchingBracket(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '<')
            {
                depth++;
            }
            else if (text[i] == '>')
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }

        return text.Length - 1;
    }

    private static string Expand(string symbols)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var s in symbols)
        {
            sb.Append(s switch
            {
                'j' => "bnsloa",
                'x' => "bnsloaf",
                'u' => "bnsl",
                _ => s.ToString(),
            });
        }

        return sb.ToString();
    }
}
