using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>=</c> and <c>!=</c>: deep equality; false whenever either side is undefined.</summary>
internal sealed class EqualityNode(int position, bool negate, Node left, Node right) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var l = left.Evaluate(input, frame, evaluator);
        var r = right.Evaluate(input, frame, evaluator);
        if (l is null || r is null)
        {
            return JBool.False;
        }

        return JBool.From(AreEqual(l, r) != negate);
    }

    public static bool AreEqual(JValue l, JValue r)
    {
        if (l is JString a && r is JString b)
        {
            return string.Equals(a.Value, b.Value, StringComparison.Ordinal);
        }

        if (l is JNumber x && r is JNumber y)
        {
            return x.DoubleValue == y.DoubleValue;
        }

        if (l.Kind == JsonKind.Function || r.Kind == JsonKind.Function)
        {
            return ReferenceEquals(l, r);
        }

        return JsonEquality.DeepEquals(l, r);
    }
}
