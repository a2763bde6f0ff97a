using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>+ - * / %</c> on numbers: undefined if either side is undefined, T2001/T2002 for non-numbers, D1001 for non-finite values.</summary>
internal sealed class ArithmeticNode(int position, string op, Node left, Node right) : Node(position)
{
    private readonly char _op = op[0];

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var l = left.Evaluate(input, frame, evaluator);
        var r = right.Evaluate(input, frame, evaluator);
        // NaN counts as "not a number"; an infinite operand is out of range (D1001 below).
        if (l is not null && (l is not JNumber ln || double.IsNaN(ln.DoubleValue)))
        {
            throw JsonataErrors.Create("T2001", Position, op, value: l);
        }

        if (r is not null && (r is not JNumber rn || double.IsNaN(rn.DoubleValue)))
        {
            throw JsonataErrors.Create("T2002", Position, op, value: r);
        }

        if (l is null || r is null)
        {
            return null;
        }

        var a = (JNumber)l;
        var b = (JNumber)r;
        if (a.IsIntegral && b.IsIntegral)
        {
            var x = a.IntegerValue;
            var y = b.IntegerValue;
            switch (_op)
            {
                case '+' when Math.Abs(x) < (1L << 52) && Math.Abs(y) < (1L << 52):
                    return JNumber.From(x + y);
                case '-' when Math.Abs(x) < (1L << 52) && Math.Abs(y) < (1L << 52):
                    return JNumber.From(x - y);
                case '*' when Math.Abs(x) < (1L << 26) && Math.Abs(y) < (1L << 26):
                    return JNumber.From(x * y);
                case '%' when y != 0 && x >= 0 && y > 0:
                    return JNumber.From(x % y);
            }
        }

        var d1 = a.DoubleValue;
        var d2 = b.DoubleValue;
        if (!double.IsFinite(d1))
        {
            throw JsonataErrors.Create("D1001", Position, op, value: l);
        }

        if (!double.IsFinite(d2))
        {
            throw JsonataErrors.Create("D1001", Position, op, value: r);
        }

        var result = _op switch
        {
            '+' => d1 + d2,
            '-' => d1 - d2,
            '*' => d1 * d2,
            '/' => d1 / d2,
            _ => d1 % d2,
        };
        if (!double.IsFinite(result))
        {
            // JSONata lets the value flow on (operators and $string reject it); the result may not contain it.
            evaluator.ProducedNonFinite = true;
            return JNumber.From(result);
        }

        return Numbers.From(result);
    }
}
