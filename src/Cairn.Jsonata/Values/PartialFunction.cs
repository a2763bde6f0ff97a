using Cairn.Json;
using Cairn.Jsonata.Functions;

namespace Cairn.Jsonata.Values;

/// <summary>
/// A partial application such as <c>$substring(?, 0, 5)</c> of a function that is not a lambda:
/// the supplied arguments are fixed and the placeholders become the parameters of the new function.
/// </summary>
internal sealed class PartialFunction : JsonataFunction
{
    private readonly JsonataFunction _target;
    private readonly JValue?[] _bound;
    private readonly bool[] _isHole;

    public PartialFunction(JsonataFunction target, JValue?[] bound, bool[] isHole)
    {
        _target = target;
        _bound = bound;
        _isHole = isHole;
        var holes = 0;
        foreach (var hole in isHole)
        {
            if (hole)
            {
                holes++;
            }
        }

        Arity = holes;
    }

    public override int Arity { get; }

    internal override JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus)
    {
        var all = new JValue?[_bound.Length];
        var next = 0;
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = _isHole[i] ? (next < arguments.Length ? arguments[next++] : null) : _bound[i];
        }

        return context.Apply(_target, all);
    }
}
