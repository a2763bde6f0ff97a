using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>
/// What the range operator (<c>a..b</c>) yields: the integers from a to b, an ordinary array to
/// everything that reads it, whose items are made only when one is read. Its length is known at
/// once, so <c>$count([1..10000000])</c> costs nothing; anything that reads the items makes them
/// all, within the operator's size limit.
/// </summary>
internal sealed class IntegerRange : JArray
{
    private IntegerRange(long from, int count) : base(count, () => MakeItems(from, count)) => From = from;

    /// <summary>The first integer.</summary>
    public long From { get; }

    /// <param name="from">The first integer.</param>
    /// <param name="count">How many integers; at least one.</param>
    public static IntegerRange Create(long from, int count) => new(from, count);

    /// <summary>A new array of the integers from <paramref name="from"/>, <paramref name="count"/> of them.</summary>
    public static JValue[] MakeItems(long from, int count)
    {
        var items = new JValue[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = JNumber.From(from + i);
        }

        return items;
    }
}
