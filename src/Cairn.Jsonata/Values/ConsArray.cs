using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>
/// An array built by an array constructor that is the first or last step of a path. Path
/// steps keep it as one value instead of flattening it into their results.
/// </summary>
internal sealed class ConsArray : JArray
{
    private ConsArray(JValue[] items) : base(items)
    {
    }

    private ConsArray(int count, Func<JValue[]> materialize) : base(count, materialize)
    {
    }

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public static new ConsArray Adopt(JValue[] items) => new(items);

    /// <summary>The integers of <paramref name="range"/>, made only when one is read.</summary>
    public static ConsArray Of(IntegerRange range)
    {
        var (from, count) = (range.From, range.Count);
        return new(count, () => IntegerRange.MakeItems(from, count));
    }
}
