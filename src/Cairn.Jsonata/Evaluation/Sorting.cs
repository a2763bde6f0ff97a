using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// The order-by clause <c>^(&lt;a, &gt;b)</c>: a stable merge sort on the terms in turn. Terms must
/// yield numbers or strings (T2008) of one type (T2007); undefined sorts last in either direction.
/// </summary>
internal static class Sorting
{
    public static JValue[] Sort(JValue[] items, SortKey[] terms, Frame frame, Evaluator evaluator)
    {
        if (items.Length <= 1)
        {
            return items;
        }

        // Evaluate every key once, then sort indices.
        var keys = new JValue?[items.Length, terms.Length];
        for (var i = 0; i < items.Length; i++)
        {
            evaluator.Tick();
            for (var t = 0; t < terms.Length; t++)
            {
                keys[i, t] = terms[t].Expression.Evaluate(items[i], frame, evaluator);
            }
        }

        var order = SortOrder(keys, items.Length, terms);
        var result = new JValue[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = items[order[i]];
        }

        return result;
    }

    public static List<TupleBinding> Sort(List<TupleBinding> tuples, SortKey[] terms, Frame frame, Evaluator evaluator)
    {
        if (tuples.Count <= 1)
        {
            return tuples;
        }

        var keys = new JValue?[tuples.Count, terms.Length];
        for (var i = 0; i < tuples.Count; i++)
        {
            evaluator.Tick();
            var tupleFrame = tuples[i].CreateFrame(frame);
            for (var t = 0; t < terms.Length; t++)
            {
                keys[i, t] = terms[t].Expression.Evaluate(tuples[i].Focus, tupleFrame, evaluator);
            }
        }

        var order = SortOrder(keys, tuples.Count, terms);
        var result = new List<TupleBinding>(tuples.Count);
        foreach (var i in order)
        {
            result.Add(tuples[i]);
        }

        return result;
    }

    private static int[] SortOrder(JValue?[,] keys, int count, SortKey[] terms)
    {
        // Check the types up front so errors do not depend on the comparison order.
        for (var t = 0; t < terms.Length; t++)
        {
            for (var i = 0; i < count; i++)
            {
                var key = keys[i, t];
                if (key is not null and not JNumber and not JString)
                {
                    throw JsonataErrors.Create("T2008", terms[t].Expression.Position, value: key);
                }
            }
        }

        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var buffer = new int[count];
        MergeSort(order, buffer, 0, count, (a, b) => Compare(keys, a, b, terms));
        return order;
    }

    private static int Compare(JValue?[,] keys, int a, int b, SortKey[] terms)
    {
        for (var t = 0; t < terms.Length; t++)
        {
            var x = keys[a, t];
            var y = keys[b, t];
            if (x is null)
            {
                if (y is null)
                {
                    continue;
                }

                return 1;
            }

            if (y is null)
            {
                return -1;
            }

            int comparison;
            if (x is JNumber nx && y is JNumber ny)
            {
                comparison = nx.DoubleValue.CompareTo(ny.DoubleValue);
            }
            else if (x is JString sx && y is JString sy)
            {
                comparison = Math.Sign(string.CompareOrdinal(sx.Value, sy.Value));
            }
            else
            {
                throw JsonataErrors.Create("T2007", terms[t].Expression.Position, value: x, value2: y);
            }

            if (comparison != 0)
            {
                return terms[t].Descending ? -comparison : comparison;
            }
        }

        return 0;
    }

    private static void MergeSort(int[] items, int[] buffer, int start, int end, Func<int, int, int> compare)
    {
        if (end - start < 2)
        {
            return;
        }

        var middle = (start + end) / 2;
        MergeSort(items, buffer, start, middle, compare);
        MergeSort(items, buffer, middle, end, compare);
        int i = start, j = middle, k = start;
        while (i < middle && j < end)
        {
            buffer[k++] = compare(items[j], items[i]) < 0 ? items[j++] : items[i++];
        }

        while (i < middle)
        {
            buffer[k++] = items[i++];
        }

        while (j < end)
        {
            buffer[k++] = items[j++];
        }

        Array.Copy(buffer, start, items, start, end - start);
    }
}

