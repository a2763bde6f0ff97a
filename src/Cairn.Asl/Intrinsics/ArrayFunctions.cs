using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>The array intrinsics: States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique.</summary>
internal static class ArrayFunctions
{
    /// <summary>The most items States.ArrayRange may produce.</summary>
    public const int MaxRangeItems = 1000;

    public static JValue Array(IntrinsicCall call, JValue[] arguments, IDataScope scope) =>
        // The argument array is freshly allocated per call and never shared, so it can be adopted.
        JArray.Adopt(arguments);

    public static JValue ArrayPartition(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var array = IntrinsicArguments.RequireArray(call, arguments[0]);
        var size = IntrinsicArguments.RequireInteger(call, arguments[1]);
        if (size <= 0)
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        var items = array.Items;
        var chunkCount = (int)((items.Length + size - 1) / size);
        var chunks = new JValue[chunkCount];
        for (var i = 0; i < chunkCount; i++)
        {
            var start = (int)(i * size);
            var length = (int)Math.Min(size, items.Length - start);
            chunks[i] = JArray.Create(items.Slice(start, length));
        }

        return JArray.Adopt(chunks);
    }

    public static JValue ArrayContains(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var array = IntrinsicArguments.RequireArray(call, arguments[0]);
        var wanted = arguments[1];
        foreach (var item in array.Items)
        {
            if (JsonEquality.DeepEquals(item, wanted))
            {
                return JBool.True;
            }
        }

        return JBool.False;
    }

    public static JValue ArrayRange(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        long start = IntrinsicArguments.RequireInt32(call, arguments[0]);
        long end = IntrinsicArguments.RequireInt32(call, arguments[1]);
        long step = IntrinsicArguments.RequireInt32(call, arguments[2]);
        if (step == 0)
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        // The end is inclusive; a step pointing away from the end gives an empty array.
        var count = (step > 0 ? end >= start : end <= start) ? ((end - start) / step) + 1 : 0;
        if (count > MaxRangeItems)
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        var items = new JValue[count];
        var value = start;
        for (var i = 0; i < items.Length; i++, value += step)
        {
            items[i] = JNumber.From(value);
        }

        return JArray.Adopt(items);
    }

    public static JValue ArrayGetItem(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var array = IntrinsicArguments.RequireArray(call, arguments[0]);
        var index = IntrinsicArguments.RequireInteger(call, arguments[1]);

        // Observed on AWS: any index into an empty array yields null instead of failing.
        if (array.Count == 0)
        {
            return JNull.Instance;
        }

        if (index < 0 || index >= array.Count)
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        return array[(int)index];
    }

    public static JValue ArrayLength(IntrinsicCall call, JValue[] arguments, IDataScope scope) =>
        JNumber.From(IntrinsicArguments.RequireArray(call, arguments[0]).Count);

    public static JValue ArrayUnique(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var array = IntrinsicArguments.RequireArray(call, arguments[0]);
        if (array.Count < 2)
        {
            return array;
        }

        // JValue equality and hashing are structural, so a set finds repeated values of any shape;
        // the first occurrence keeps its position.
        var seen = new HashSet<JValue>(array.Count);
        var unique = new List<JValue>(array.Count);
        foreach (var item in array.Items)
        {
            if (seen.Add(item))
            {
                unique.Add(item);
            }
        }

        return unique.Count == array.Count ? array : JArray.Adopt(unique.ToArray());
    }
}
