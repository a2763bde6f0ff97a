using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>and</c> / <c>or</c>: both sides cast to boolean (undefined is false), the right one only when needed.</summary>
internal sealed class BooleanNode(int position, bool isAnd, Node left, Node right) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var l = Truthiness.IsTrue(left.Evaluate(input, frame, evaluator));
        if (isAnd)
        {
            return JBool.From(l && Truthiness.IsTrue(right.Evaluate(input, frame, evaluator)));
        }

        return JBool.From(l || Truthiness.IsTrue(right.Evaluate(input, frame, evaluator)));
    }
}
