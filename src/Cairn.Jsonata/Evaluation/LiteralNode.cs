using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

internal sealed class LiteralNode(int position, JValue value) : Node(position)
{
    public JValue Value { get; } = value;

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) => Value;
}
