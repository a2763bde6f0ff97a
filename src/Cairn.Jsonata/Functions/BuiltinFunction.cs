using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>A function implemented in C#, with the JSONata signature its arguments are checked against.</summary>
internal sealed class BuiltinFunction : JsonataFunction
{
    private readonly Func<FunctionContext, JValue?[], JValue?> _body;

    public BuiltinFunction(string name, string? signature, Func<FunctionContext, JValue?[], JValue?> body)
    {
        Name = name;
        Signature = signature;
        _body = body;
        Arity = CountParameters(signature);
    }

    /// <summary>The name without <c>$</c>.</summary>
    public string Name { get; }

    /// <summary>The JSONata signature text, for example <c>&lt;s-nn?:s&gt;</c>, or null when arguments are not checked.</summary>
    public string? Signature { get; }

    public override int Arity { get; }

    /// <summary>The parsed <see cref="Signature"/>, which calls are validated against; null when arguments are not checked.</summary>
    internal Signatures.Signature? ParsedSignature => _parsed ??= Signature is null ? null : Signatures.Signature.Parse(Signature);

    private Signatures.Signature? _parsed;

    internal override JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus) => _body(context, arguments);

    public override string ToString() => "$" + Name;

    // Parameters are the type symbols before ':' outside sub-type brackets; options '?', '+', '-' are not parameters.
    private static int CountParameters(string? signature)
    {
        if (signature is null)
        {
            return 0;
        }

        var count = 0;
        var depth = 0;
        for (var i = 1; i < signature.Length; i++)
        {
            var c = signature[i];
            if (c == ':' && depth == 0)
            {
                break;
            }

            switch (c)
            {
                case '<':
                case '(':
                    if (c == '(' && depth == 0)
                    {
                        count++;
                    }

                    depth++;
                    break;
                case '>':
                case ')':
                    depth--;
                    break;
                case '?' or '+' or '-':
                    break;
                default:
                    if (depth == 0)
                    {
                        count++;
                    }

                    break;
            }
        }

        return count;
    }
}
