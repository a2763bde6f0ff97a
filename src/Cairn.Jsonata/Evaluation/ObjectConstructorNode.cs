using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>{key: value, ...}</c> evaluated over the context, which groups when the context has several items.</summary>
internal sealed class ObjectConstructorNode(int position, (Node Key, Node Value)[] pairs) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) =>
        Grouping.Evaluate(pairs, input, frame, evaluator);
}
