using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// Evaluates the path functions. Aggregations follow Jayway: they read the numbers of an array,
/// ignore other elements, produce floating-point results, and fail on an array without numbers.
/// </summary>
internal static class PathFunctions
{
    public static bool TryParseName(string name, out PathFunction function)
    {
        function = name switch
        {
            "length" => PathFunction.Length,
            "size" => PathFunction.Size,
            "min" => PathFunction.Min,
            "max" => PathFunction.Max,
            "avg" => PathFunction.Avg,
            "sum" => PathFunction.Sum,
            "stddev" => PathFunction.StdDev,
            "keys" => PathFunction.Keys,
            "first" => PathFunction.First,
            "last" => PathFunction.Last,
            _ => PathFunction.None,
        };
        return function != PathFunction.None;
    }

    public static string Name(PathFunction function) => function switch
    {
        PathFunction.StdDev => "stddev",
        _ => function.ToString().ToLowerInvariant(),
    };

    /// <summary>Applies the function; false when it has no result for this value.</summary>
    public static bool TryApply(PathFunction function, JValue value, out JValue result)
    {
        result = JNull.Instance;
        switch (function)
        {
            case PathFunction.Length:
            case PathFunction.Size:
                return TryLength(value, out result);
            case PathFunction.Keys:
                return TryKeys(value, out result);
            case PathFunction.First:
                return value is JArray { Count: > 0 } first && Set(first[0], out result);
            case PathFunction.Last:
                return value is JArray { Count: > 0 } last && Set(last[^1], out result);
            default:
                return TryAggregate(function, value, out result);
        }
    }

    private static bool Set(JValue value, out JValue result)
    {
        result = value;
        return true;
    }

    private static bool TryLength(JValue value, out JValue result)
    {
        switch (value)
        {
            case JArray array:
                result = JNumber.From(array.Count);
                return true;
            case JObject obj:
                result = JNumber.From(obj.Count);
                return true;
            case JString text:
                result = JNumber.From(text.Value.Length);
                return true;
            default:
                result = JNull.Instance;
                return false;
        }
    }

    private static bool TryKeys(JValue value, out JValue result)
    {
        if (value is not JObject obj)
        {
            result = JNull.Instance;
            return false;
        }

        var keys = new JValue[obj.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = new JString(obj[i].Key);
        }

        result = JArray.Adopt(keys);
        return true;
    }

    private static bool TryAggregate(PathFunction function, JValue value, out JValue result)
    {
        result = JNull.Instance;
        if (value is not JArray array)
        {
            return false;
        }

        var count = 0;
        double sum = 0, sumOfSquares = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var item in array)
        {
            if (item is not JNumber number)
            {
                continue;
            }

            var d = number.DoubleValue;
            count++;
            sum += d;
            sumOfSquares += d * d;
            min = Math.Min(min, d);
            max = Math.Max(max, d);
        }

        if (count == 0)
        {
            return false;
        }

        double aggregate = function switch
        {
            PathFunction.Min => min,
            PathFunction.Max => max,
            PathFunction.Sum => sum,
            PathFunction.Avg => sum / count,
            // Population standard deviation, as Jayway computes it.
            PathFunction.StdDev => Math.Sqrt(Math.Max(0, (sumOfSquares / count) - ((sum / count) * (sum / count)))),
            _ => double.NaN,
        };
        result = JNumber.From(aggregate);
        return true;
    }
}
