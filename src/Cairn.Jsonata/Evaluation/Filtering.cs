using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// Predicates <c>[expr]</c>: a number (or array of numbers) selects by position, counting from
/// the end when negative; any other result keeps the items for which it is truthy.
/// </summary>
internal static class Filtering
{
    public static JValue? Filter(Node predicate, JValue? input, Frame frame, Evaluator evaluator)
    {
        if (input is null)
        {
            return null;
        }

        JValue single = input;
        var items = input is JArray array ? array.Items : new ReadOnlySpan<JValue>(ref single);
        if (predicate is LiteralNode { Value: JNumber literal })
        {
            var index = (long)Math.Floor(literal.DoubleValue);
            if (index < 0)
            {
                index += items.Length;
            }

            if (index < 0 || index >= items.Length)
            {
                return Sequence.EmptySequence;
            }

            var item = items[(int)index];
            return item is JArray ? item : Sequence.Single(item);
        }

        var results = new SequenceBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            evaluator.Tick();
            var item = items[i];
            var result = predicate.Evaluate(item, frame, evaluator);
            if (Selects(result, i, items.Length))
            {
                results.Add(item);
            }
        }

        return results.ToSequence();
    }

    public static List<TupleBinding> Filter(Node predicate, List<TupleBinding> tuples, Frame frame, Evaluator evaluator)
    {
        var results = new List<TupleBinding>();
        if (predicate is LiteralNode { Value: JNumber literal })
        {
            var index = (long)Math.Floor(literal.DoubleValue);
            if (index < 0)
            {
                index += tuples.Count;
            }

            if (index >= 0 && index < tuples.Count)
            {
                results.Add(tuples[(int)index]);
            }

            return results;
        }

        for (var i = 0; i < tuples.Count; i++)
        {
            evaluator.Tick();
            var tuple = tuples[i];
            var result = predicate.Evaluate(tuple.Focus, tuple.CreateFrame(frame), evaluator);
            if (Selects(result, i, tuples.Count))
            {
                results.Add(tuple);
            }
        }

        return results;
    }

    private static bool Selects(JValue? result, int index, int count)
    {
        switch (result)
        {
            case JNumber n:
                return Matches(n, index, count);
            case JArray a when a.Count > 0 && AllNumbers(a):
                foreach (var item in a)
                {
                    if (Matches((JNumber)item, index, count))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return Truthiness.IsTrue(result);
        }
    }

    private static bool Matches(JNumber n, int index, int count)
    {
        var position = Math.Floor(n.DoubleValue);
        if (position < 0)
        {
            position += count;
        }

        return position == index;
    }

    private static bool AllNumbers(JArray array)
    {
        foreach (var item in array)
        {
            if (item is not JNumber)
            {
                return false;
            }
        }

        return true;
    }
}
