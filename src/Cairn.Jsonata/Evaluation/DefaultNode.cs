using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>a ?: b</c>: a if it casts to true, otherwise b.</summary>
internal sealed class DefaultNode(int position, Node left, Node right) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var value = left.Evaluate(input, frame, evaluator);
        return Truthiness.IsTrue(value) ? value : right.Evaluate(input, frame, evaluator);
    }
}
