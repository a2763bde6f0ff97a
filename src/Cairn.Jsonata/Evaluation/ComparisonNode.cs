using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>&lt; &lt;= &gt; &gt;=</c> on two numbers or two strings: T2010 for other types, T2009 for mixed ones, undefined if either side is.</summary>
internal sealed class ComparisonNode(int position, string op, Node left, Node right) : Node(position)
{
    private readonly int _kind = op switch { "<" => 0, "<=" => 1, ">" => 2, _ => 3 };

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var l = left.Evaluate(input, frame, evaluator);
        var r = right.Evaluate(input, frame, evaluator);
        var lComparable = l is null or JNumber or JString;
        var rComparable = r is null or JNumber or JString;
        if (!lComparable || !rComparable)
        {
            throw JsonataErrors.Create("T2010", Position, op, value: lComparable ? r : l);
        }

        if (l is null || r is null)
        {
            return null;
        }

        int comparison;
        if (l is JNumber a && r is JNumber b)
        {
            var x = a.DoubleValue;
            var y = b.DoubleValue;
            return JBool.From(_kind switch { 0 => x < y, 1 => x <= y, 2 => x > y, _ => x >= y });
        }
        else if (l is JString s && r is JString t)
        {
            comparison = string.CompareOrdinal(s.Value, t.Value);
        }
        else
        {
            throw JsonataErrors.Create("T2009", Position, op, value: l, value2: r);
        }

        return JBool.From(_kind switch { 0 => comparison < 0, 1 => comparison <= 0, 2 => comparison > 0, _ => comparison >= 0 });
    }
}
