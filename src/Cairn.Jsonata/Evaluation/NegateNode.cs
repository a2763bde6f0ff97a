using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>Unary minus: D1002 for a non-number.</summary>
internal sealed class NegateNode(int position, Node operand) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var value = operand.Evaluate(input, frame, evaluator);
        switch (value)
        {
            case null:
                return null;
            case JNumber n:
                if (!double.IsFinite(n.DoubleValue))
                {
                    throw JsonataErrors.Create("D1001", Position, "-", value: n);
                }

                return n.IsIntegral ? JNumber.From(-n.IntegerValue) : Numbers.From(-n.DoubleValue);
            default:
                throw JsonataErrors.Create("D1002", Position, "-", value: value);
        }
    }
}
