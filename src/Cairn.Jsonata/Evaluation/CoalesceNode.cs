using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>a ?? b</c>: a unless it is undefined.</summary>
internal sealed class CoalesceNode(int position, Node left, Node right) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) =>
        left.Evaluate(input, frame, evaluator) ?? right.Evaluate(input, frame, evaluator);
}
