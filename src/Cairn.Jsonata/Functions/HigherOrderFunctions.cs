using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata's higher-order functions over arrays. A single value counts as an array of one.</summary>
internal static class HigherOrderFunctions
{
    public static void Register(FunctionTable table)
    {
        table.Add("map", "<af>", (context, a) => Map(context, a.At(0), a.At(1)));
        table.Add("filter", "<af>", (context, a) => Filter(context, a.At(0), a.At(1)));
        table.Add("single", "<af?>", (context, a) => Single(context, a.At(0), a.At(1)));
        table.Add("reduce", "<afj?:j>", (context, a) => Reduce(context, a.At(0), a.At(1), a.At(2)));
    }

    private static JValue? Map(FunctionContext context, JValue? value, JValue? function)
    {
        if (value is null || function is null)
        {
            return null;
        }

        var array = AsArray(value);
        var results = new List<JValue>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (context.Apply(function, CallbackArguments.For(function, array[i], JNumber.From(i), array)) is { } result)
            {
                results.Add(result);
            }
        }

        return Sequence.From(results);
    }

    private static JValue? Filter(FunctionContext context, JValue? value, JValue? function)
    {
        if (value is null || function is null)
        {
            return null;
        }

        var array = AsArray(value);
        var results = new List<JValue>();
        for (var i = 0; i < array.Count; i++)
        {
            if (Truthiness.IsTrue(context.Apply(function, CallbackArguments.For(function, array[i], JNumber.From(i), array))))
            {
                results.Add(array[i]);
            }
        }

        return Sequence.From(results);
    }

    private static JValue? Single(FunctionContext context, JValue? value, JValue? function)
    {
        if (value is null)
        {
            return null;
        }

        var array = AsArray(value);
        JValue? found = null;
        for (var i = 0; i < array.Count; i++)
        {
            var matches = function is null
                || Truthiness.IsTrue(context.Apply(function, CallbackArguments.For(function, array[i], JNumber.From(i), array)));
            if (!matches)
            {
                continue;
            }

            if (found is not null)
            {
                throw new JsonataException("D3138", "The $single() function expected exactly 1 matching result.  Instead it matched more.", token: "single");
            }

            found = array[i];
        }

        return found ?? throw new JsonataException("D3139", "The $single() function expected exactly 1 matching result.  Instead it matched 0.", token: "single");
    }

    // Folds left; without an initial value the first item starts the fold. The function gets
    // (accumulator, value) and, if it declares them, the index and the array.
    private static JValue? Reduce(FunctionContext context, JValue? value, JValue? function, JValue? initial)
    {
        if (value is null || function is null)
        {
            return null;
        }

        var arity = CallbackArguments.Arity(function);
        if (arity < 2)
        {
            throw new JsonataException("D3050", "The second argument of reduce function must be a function with at least two arguments", token: "reduce");
        }

        var array = AsArray(value);
        var start = 0;
        var accumulator = initial;
        if (accumulator is null && array.Count > 0)
        {
            accumulator = array[0];
            start = 1;
        }

        for (var i = start; i < array.Count; i++)
        {
            JValue?[] arguments = arity switch
            {
                2 => [accumulator, array[i]],
                3 => [accumulator, array[i], JNumber.From(i)],
                _ => [accumulator, array[i], JNumber.From(i), array],
            };
            accumulator = context.Apply(function, arguments);
        }

        return accumulator;
    }

    private static JArray AsArray(JValue value) => value as JArray ?? JArray.Adopt([value]);
}
