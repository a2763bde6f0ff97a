using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cairn.Asl.Data;
using Cairn.Asl.Intrinsics;
using Cairn.Json;
using Cairn.Jsonata;
using Cairn.Jsonata.Values;

namespace Cairn.Asl.Jsonata;

/// <summary>
/// The functions Step Functions adds to JSONata (the counterparts of the intrinsic functions):
/// <c>$partition</c>, <c>$range</c>, <c>$hash</c>, <c>$random</c> (with an optional seed),
/// <c>$uuid</c> and <c>$parse</c>. <c>$eval</c> is not available in Step Functions: the name is
/// bound to nothing callable, so calling it fails as calling any non-function does.
/// </summary>
public static class StatesFunctions
{
    /// <summary>The most items <c>$range</c> may produce, as for States.ArrayRange.</summary>
    public const int MaxRangeLength = 1000;

    private const string Partition = "partition";
    private const string Range = "range";
    private const string Hash = "hash";
    private const string RandomName = "random";
    private const string Uuid = "uuid";
    private const string Parse = "parse";
    private const string Eval = "eval";

    private static readonly JsonataFunction PartitionFunction = JsonataFunction.Create(Partition, "<an:a>", args => PartitionArray(args[0], args[1]));
    private static readonly JsonataFunction RangeFunction = JsonataFunction.Create(Range, "<nnn:a>", args => RangeArray(args[0], args[1], args[2]));
    private static readonly JsonataFunction HashFunction = JsonataFunction.Create(Hash, "<ss:s>", args => HashText(args[0], args[1]));
    private static readonly JsonataFunction ParseFunction = JsonataFunction.Create(Parse, "<s:j>", args => ParseJson(args[0]));
    private static readonly JsonataFunction EvalFunction = JsonataFunction.Create(Eval, null, _ => throw NotAFunction(Eval));

    public static IReadOnlyList<string> Names { get; } = [Partition, Range, Hash, RandomName, Uuid, Parse, Eval];

    /// <summary>The function bound to <paramref name="name"/> (without <c>$</c>), drawing randomness from <paramref name="scope"/>.</summary>
    public static bool TryCreate(string name, IDataScope scope, [NotNullWhen(true)] out JsonataFunction? function)
    {
        function = name switch
        {
            Partition => PartitionFunction,
            Range => RangeFunction,
            Hash => HashFunction,
            Parse => ParseFunction,
            Eval => EvalFunction,
            RandomName => JsonataFunction.Create(RandomName, "<n?:n>", args => RandomNumber(args.Length > 0 ? args[0] : null, scope.Entropy)),
            Uuid => JsonataFunction.Create(Uuid, "<:s>", _ => new JString(scope.Entropy.NewUuid().ToString())),
            _ => null,
        };
        return function is not null;
    }

    private static JValue PartitionArray(JValue? array, JValue? size)
    {
        var items = array as JArray ?? (array is null ? JArray.Empty : JArray.Adopt([array]));
        var chunk = PositiveInteger(size, Partition, 2);
        var chunks = new JValue[(items.Count + chunk - 1) / chunk];
        for (var i = 0; i < chunks.Length; i++)
        {
            var length = Math.Min(chunk, items.Count - (i * chunk));
            var part = new JValue[length];
            for (var j = 0; j < length; j++)
            {
                part[j] = items[(i * chunk) + j];
            }

            chunks[i] = JArray.Adopt(part);
        }

        return JArray.Adopt(chunks);
    }

    /// <summary>From start to end inclusive by step; a range of one number is that number (as AWS returns it).</summary>
    private static JValue RangeArray(JValue? start, JValue? end, JValue? step)
    {
        var first = Integer(start, Range, 1);
        var last = Integer(end, Range, 2);
        var increment = Integer(step, Range, 3);
        if (increment == 0)
        {
            throw InvalidArgument(Range, 3);
        }

        var count = (last - first) / increment < 0 ? 0 : ((last - first) / increment) + 1;
        if (count > MaxRangeLength)
        {
            throw new JsonataException("D3001", $"The function $range cannot produce more than {MaxRangeLength} numbers", token: Range);
        }

        var values = new JValue[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = JNumber.From(first + (i * increment));
        }

        return values.Length == 1 ? values[0] : JArray.Adopt(values);
    }

    private static JValue HashText(JValue? data, JValue? algorithm)
    {
        var text = data is JString s ? s.Value : data?.ToJson() ?? string.Empty;
        var name = algorithm is JString a ? a.Value : string.Empty;
        if (text.Length > HashFunctions.MaxInputLength || !HashFunctions.TryHash(text, name, out var hex))
        {
            throw InvalidArgument(Hash, text.Length > HashFunctions.MaxInputLength ? 1 : 2);
        }

        return new JString(hex);
    }

    /// <summary>With a seed, the number java.util.Random's nextDouble() gives for that seed; without, one from the entropy source.</summary>
    private static JValue RandomNumber(JValue? seed, IEntropySource entropy)
    {
        var value = seed is null ? entropy.NextDouble() : new JavaRandom(Integer(seed, RandomName, 1)).NextDouble();
        return JNumber.From(value);
    }

    private static JValue ParseJson(JValue? text)
    {
        if (text is not JString s)
        {
            throw InvalidArgument(Parse, 1);
        }

        if (!JValue.TryParse(s.Value, out var value, out var error))
        {
            throw new JsonataException("D3140", $"Unable to parse the string as JSON: {error}", token: Parse, value: text);
        }

        return value is JNumber { IsIntegral: false, IsBigInteger: false, DoubleValue: 0 } ? JNumber.From(0) : value;
    }

    private static long Integer(JValue? value, string function, int position)
    {
        if (value is JNumber n && n.DoubleValue == Math.Floor(n.DoubleValue) && !n.IsBigInteger)
        {
            return n.IsIntegral ? n.IntegerValue : (long)n.DoubleValue;
        }

        throw InvalidArgument(function, position);
    }

    private static int PositiveInteger(JValue? value, string function, int position)
    {
        var number = Integer(value, function, position);
        return number is > 0 and <= int.MaxValue ? (int)number : throw InvalidArgument(function, position);
    }

    private static JsonataException InvalidArgument(string function, int position) =>
        new("T0410", $"Argument {position.ToString(CultureInfo.InvariantCulture)} of function \"{function}\" does not match function signature", token: function);

    private static JsonataException NotAFunction(string name) =>
        new("T1006", $"Attempted to invoke a non-function: ${name} is not available", token: name);
}
