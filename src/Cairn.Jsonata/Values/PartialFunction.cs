using Cairn.Json;
using Cairn.Jsonata.Functions;

namespace Cairn.Jsonata.Values;

/// <summary>
/// A partial application such as <c>$substring(?, 0, 5)</c> of a function that is not a lambda:
/// the supplied arguments are fixed and the placeholders (and any parameters beyond the given
/// arguments) become the parameters of the new function.
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

        Arity = holes + Math.Max(0, target.Arity - isHole.Length);
    }

    public override int Arity { get; }

    internal override JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus)
    {
        var all = new JValue?[Math.Max(_bound.Length, _target.Arity)];
        var next = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (i < _bound.Length && !_isHole[i])
            {
                all[i] = _bound[i];
            }
            else
            {
                all[i] = next < arguments.Length ? arguments[next] : null;
                next++;
            }
        }

        var count = all.Length;
        while (count > _bound.Length && count > 0 && all[count - 1] is null)
        {
            count--;
        }

        if (count != all.Length)
        {
            Array.Resize(ref all, count);
        }

        return context.Apply(_target, all);
    }
}
