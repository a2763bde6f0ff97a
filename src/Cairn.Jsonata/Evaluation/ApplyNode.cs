using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// <c>value ~&gt; $f(args)</c> calls <c>$f(value, args)</c>; <c>value ~&gt; $f</c> calls <c>$f(value)</c>;
/// with a function on the left, <c>$g ~&gt; $f</c> composes the two.
/// </summary>
internal sealed class ApplyNode(int position, Node left, Node right) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var value = left.Evaluate(input, frame, evaluator);
        if (right is FunctionCallNode call)
        {
            return call.EvaluateWithFirstArgument(value, input, frame, evaluator);
        }

        var function = right.Evaluate(input, frame, evaluator);
        if (function is not JsonataFunction)
        {
            throw JsonataErrors.Create("T2006", Position, "~>", value: function);
        }

        if (value is JsonataFunction)
        {
            return new ComposedFunction(value, function);
        }

        return Sequence.Normalize(evaluator.Call(function, [value], input, hasContext: true, evaluator.Base + Depth + 1, Position, null));
    }
}
