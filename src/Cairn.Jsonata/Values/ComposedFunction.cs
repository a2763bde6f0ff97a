using Cairn.Json;
using Cairn.Jsonata.Functions;

namespace Cairn.Jsonata.Values;

/// <summary><c>$f ~> $g</c> with two functions: a function of one argument that applies <c>$f</c>, then <c>$g</c>.</summary>
internal sealed class ComposedFunction : JsonataFunction
{
    private readonly JValue _first;
    private readonly JValue _second;

    public ComposedFunction(JValue first, JValue second)
    {
        _first = first;
        _second = second;
    }

    public override int Arity => 1;

    internal override JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus)
    {
        var intermediate = context.Apply(_first, [arguments.Length > 0 ? arguments[0] : null]);
        return context.Apply(_second, [intermediate]);
    }
}
