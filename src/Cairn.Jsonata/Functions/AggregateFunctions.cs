using Cairn.Json;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata's aggregation functions over arrays of numbers (a single value counts as an array of one).</summary>
internal static class AggregateFunctions
{
    public static void Register(FunctionTable table)
    {
        table.Add("sum", "<a<n>:n>", (_, a) => Sum(a.At(0)));
        table.Add("max", "<a<n>:n>", (_, a) => Extreme(a.At(0), Math.Max));
        table.Add("min", "<a<n>:n>", (_, a) => Extreme(a.At(0), Math.Min));
        table.Add("average", "<a<n>:n>", (_, a) => Average(a.At(0)));
        table.Add("count", "<a:n>", (_, a) => JNumber.From(a.At(0) switch
        {
            null => 0,
            JArray array => array.Count,
            _ => 1,
        }));
    }

    private static JNumber? Sum(JValue? value)
    {
        if (value is null)
        {
            return null;
        }

        var total = 0d;
        foreach (var n in Numbers(value))
        {
            total += n;
        }

        return NumericFunctions.Result(total);
    }

    private static JNumber? Extreme(JValue? value, Func<double, double, double> pick)
    {
        double? result = null;
        foreach (var n in Numbers(value))
        {
            result = result is { } r ? pick(r, n) : n;
        }

        return result is { } found ? NumericFunctions.Result(found) : null;
    }

    private static JNumber? Average(JValue? value)
    {
        var total = 0d;
        var count = 0;
        foreach (var n in Numbers(value))
        {
            total += n;
            count++;
        }

        return count == 0 ? null : NumericFunctions.Result(total / count);
    }

    private static IEnumerable<double> Numbers(JValue? value)
    {
        switch (value)
        {
            case JNumber single:
                yield return single.DoubleValue;
                break;
            case JArray array:
                foreach (var item in array)
                {
                    if (item is JNumber n)
                    {
                        yield return n.DoubleValue;
                    }
                }

                break;
        }
    }
}
