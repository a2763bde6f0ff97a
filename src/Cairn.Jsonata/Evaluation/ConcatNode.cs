using Cairn.Json;
using Cairn.Jsonata.Functions;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>&amp;</c>: both sides cast with <c>$string</c> (undefined as the empty string) and joined.</summary>
internal sealed class ConcatNode(int position, Node left, Node right) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var l = left.Evaluate(input, frame, evaluator);
        var r = right.Evaluate(input, frame, evaluator);
        var (a, b) = (Cast(l, evaluator), Cast(r, evaluator));
        evaluator.CheckStringLength((long)a.Length + b.Length, "the & operator");
        return new JString(string.Concat(a, b));
    }

    private static string Cast(JValue? value, Evaluator evaluator) => value switch
    {
        null => string.Empty,
        JString s => s.Value,
        _ => StringCast.Cast(value, prettify: false, evaluator, "the & operator"),
    };
}
