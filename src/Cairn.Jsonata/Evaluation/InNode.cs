using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>in</c>: whether the left value equals the right value or one of its items.</summary>
internal sealed class InNode(int position, Node left, Node right) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var l = left.Evaluate(input, frame, evaluator);
        var r = right.Evaluate(input, frame, evaluator);
        if (l is null || r is null)
        {
            return JBool.False;
        }

        if (r is JArray array)
        {
            foreach (var item in array)
            {
                if (EqualityNode.AreEqual(item, l))
                {
                    return JBool.True;
                }
            }

            return JBool.False;
        }

        return JBool.From(EqualityNode.AreEqual(r, l));
    }
}
