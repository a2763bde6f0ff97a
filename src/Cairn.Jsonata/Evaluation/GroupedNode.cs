using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary>A group-by <c>{...}</c> on an expression that is not a path.</summary>
internal sealed class GroupedNode(int position, Node inner, (Node Key, Node Value)[] pairs) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) =>
        Grouping.Evaluate(pairs, inner.Evaluate(input, frame, evaluator), frame, evaluator);
}
