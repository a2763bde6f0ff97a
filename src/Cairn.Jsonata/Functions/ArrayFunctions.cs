using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata's array functions. Results are plain arrays; inputs are never changed.</summary>
internal static class ArrayFunctions
{
    public static void Register(FunctionTable table)
    {
        table.Add("append", "<xx:a>", (_, a) => Append(a.At(0), a.At(1)));
        table.Add("sort", "<af?:a>", (context, a) => Sort(context, a.At(0), a.At(1)));
        table.Add("reverse", "<a:a>", (_, a) => Reverse(a.At(0)));
        table.Add("shuffle", "<a:a>", (context, a) => Shuffle(context, a.At(0)));
        table.Add("distinct", "<x:x>", (_, a) => Distinct(a.At(0)));
        table.Add("zip", "<a+>", (_, a) => Zip(a));
    }

    private static JValue? Append(JValue? first, JValue? second)
    {
        if (first is null)
        {
            return second;
        }

        if (second is null)
        {
            return first;
        }

        SequenceBuilder.CheckCount((long)Count(first) + Count(second));
        var items = new List<JValue>();
        AddAll(items, first);
        AddAll(items, second);
        return JArray.Adopt(items.ToArray());
    }

    private static int Count(JValue value) => value is JArray array ? array.Count : 1;

    private static void AddAll(List<JValue> items, JValue value)
    {
        if (value is JArray array)
        {
            items.AddRange(array);
        }
        else
        {
            items.Add(value);
        }
    }

    private static JValue? Sort(FunctionContext context, JValue? value, JValue? comparator)
    {
        if (value is not JArray array || array.Count <= 1)
        {
            return Plain(value);
        }

        Func<JValue, JValue, bool> mustSwap;
        if (comparator is null)
        {
            mustSwap = DefaultOrder(array);
        }
        else
        {
            mustSwap = (left, right) => JavaScriptTruthiness(context.Apply(comparator, [left, right]));
        }

        return JArray.Adopt(MergeSort.Sort(array.Items.ToArray(), mustSwap));
    }

    // Without a comparator only all-number or all-string arrays can be sorted, ascending.
    private static Func<JValue, JValue, bool> DefaultOrder(JArray array)
    {
        if (array.All(item => item is JNumber))
        {
            return (left, right) => ((JNumber)left).DoubleValue > ((JNumber)right).DoubleValue;
        }

        if (array.All(item => item is JString))
        {
            return (left, right) => string.CompareOrdinal(((JString)left).Value, ((JString)right).Value) > 0;
        }

        throw new JsonataException(
            "D3070",
            "The single argument form of the sort function can only be applied to an array of strings or an array of numbers.  Use the second argument to specify a comparison function",
            token: "sort");
    }

    // A comparator's answer is taken as JavaScript would take it: only false, 0, "", null and undefined say "keep the order".
    private static bool JavaScriptTruthiness(JValue? value) => value switch
    {
        null or JNull => false,
        JBool b => b.Value,
        JNumber n => n.DoubleValue != 0,
        JString s => s.Value.Length > 0,
        _ => true,
    };

    private static JValue? Reverse(JValue? value)
    {
        if (value is not JArray array || array.Count <= 1)
        {
            return Plain(value);
        }

        var items = array.Items.ToArray();
        Array.Reverse(items);
        return JArray.Adopt(items);
    }

    private static JValue? Shuffle(FunctionContext context, JValue? value)
    {
        if (value is not JArray array || array.Count <= 1)
        {
            return Plain(value);
        }

        var items = array.Items.ToArray();
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = context.Random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return JArray.Adopt(items);
    }

    // Deep equality: equal numbers, strings, arrays and objects (in any member order) appear once,
    // at their first position; a function equals only itself.
    private static JValue? Distinct(JValue? value)
    {
        if (value is not JArray array || array.Count <= 1)
        {
            return value;
        }

        var seen = new HashSet<JValue>();
        var items = new List<JValue>(array.Count);
        foreach (var item in array)
        {
            if (seen.Add(item))
            {
                items.Add(item);
            }
        }

        return array is Sequence ? Sequence.From(items) : JArray.Adopt(items.ToArray());
    }

    // A sequence of one given to $sort, $reverse or $shuffle comes back as an array, not unwrapped to its value.
    private static JValue? Plain(JValue? value) => value is Sequence sequence ? JArray.Create(sequence.Items) : value;

    private static JArray Zip(JValue?[] arguments)
    {
        if (arguments.Length == 0)
        {
            return JArray.Empty;
        }

        var length = int.MaxValue;
        foreach (var argument in arguments)
        {
            length = Math.Min(length, argument switch
            {
                null => 0,
                JArray array => array.Count,
                _ => 1,
            });
        }

        var rows = new JValue[length];
        for (var i = 0; i < length; i++)
        {
            var row = new JValue[arguments.Length];
            for (var k = 0; k < arguments.Length; k++)
            {
                row[k] = arguments[k] is JArray array ? array[i] : arguments[k]!;
            }

            rows[i] = JArray.Adopt(row);
        }

        return JArray.Adopt(rows);
    }
}
