using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// <c>a..b</c>: the integers from a to b (T2003/T2004 for non-integers, D2014 beyond 1e7 items),
/// made only when they are read.
/// </summary>
internal sealed class RangeNode(int position, Node left, Node right) : Node(position)
{
    private const long MaxSize = 10_000_000;

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var l = left.Evaluate(input, frame, evaluator);
        var r = right.Evaluate(input, frame, evaluator);
        if (l is not null && !IsInteger(l))
        {
            throw JsonataErrors.Create("T2003", Position, "..", value: l);
        }

        if (r is not null && !IsInteger(r))
        {
            throw JsonataErrors.Create("T2004", Position, "..", value: r);
        }

        if (l is null || r is null)
        {
            return null;
        }

        var from = (long)((JNumber)l).DoubleValue;
        var to = (long)((JNumber)r).DoubleValue;
        if (from > to)
        {
            return null;
        }

        var size = to - from + 1;
        if (size > MaxSize)
        {
            throw JsonataErrors.Create("D2014", Position, "..", value: JNumber.From(size));
        }

        return IntegerRange.Create(from, (int)size);
    }

    private static bool IsInteger(JValue value) =>
        value is JNumber n && double.IsFinite(n.DoubleValue) && Math.Floor(n.DoubleValue) == n.DoubleValue;
}
