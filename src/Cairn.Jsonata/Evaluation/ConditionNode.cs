using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>condition ? then : else</c>; without an else branch a false condition yields undefined.</summary>
internal sealed class ConditionNode(int position, Node condition, Node then, Node? otherwise) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        if (Truthiness.IsTrue(condition.Evaluate(input, frame, evaluator)))
        {
            return then.Evaluate(input, frame, evaluator);
        }

        return otherwise?.Evaluate(input, frame, evaluator);
    }
}
