using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>(a; b; c)</c>: the expressions in order in a new scope; the value of the last.</summary>
internal sealed class BlockNode(int position, Node[] expressions, bool needsScope) : Node(position), ITupleSource
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var scope = needsScope ? new Frame(frame) : frame;
        JValue? result = null;
        foreach (var expression in expressions)
        {
            result = expression.Evaluate(input, scope, evaluator);
        }

        return result;
    }

    public List<TupleBinding> EvaluateTuples(JValue? input, Frame frame, Evaluator evaluator)
    {
        var scope = needsScope ? new Frame(frame) : frame;
        for (var i = 0; i < expressions.Length - 1; i++)
        {
            expressions[i].Evaluate(input, scope, evaluator);
        }

        var last = expressions[^1];
        if (last is ITupleSource source)
        {
            return source.EvaluateTuples(input, scope, evaluator);
        }

        var tuples = new List<TupleBinding>();
        switch (last.Evaluate(input, scope, evaluator))
        {
            case null:
                break;
            case JArray array:
                foreach (var item in array)
                {
                    tuples.Add(new TupleBinding(item));
                }

                break;
            case var value:
                tuples.Add(new TupleBinding(value));
                break;
        }

        return tuples;
    }
}
