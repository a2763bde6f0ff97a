using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// The items of a Map, known so far: all of them at once for items from the state input, or
/// arriving in chunks from an ItemReader (with an ItemBatcher, as batches). An item is let go once
/// its iteration has succeeded, so a Map Run over millions of items holds only those not yet done.
/// </summary>
internal sealed class MapItems
{
    private readonly List<JValue?> _items;

    public MapItems(JArray items)
    {
        _items = new List<JValue?>(items.Count);
        foreach (var item in items)
        {
            _items.Add(item);
        }

        IsComplete = true;
    }

    public MapItems()
    {
        _items = new List<JValue?>();
    }

    /// <summary>Items known so far.</summary>
    public int Count => _items.Count;

    /// <summary>Whether every item is known (the reader has reached the end, or MaxItems).</summary>
    public bool IsComplete { get; set; }

    /// <summary>A read is under way (its command id), 0 when none is.</summary>
    public long PendingRead { get; set; }

    /// <summary>Where the next read starts (the reader's own position), null before the first.</summary>
    public JValue? Position { get; set; }

    /// <summary>Items the reader delivered (before batching), counted against MaxItems.</summary>
    public long Read { get; set; }

    /// <summary>MaxItems: at most this many items are read (long.MaxValue: no limit).</summary>
    public long MaxItems { get; set; } = long.MaxValue;

    /// <summary>The batch being filled when an ItemBatcher groups the items.</summary>
    public List<JValue>? OpenBatch { get; set; }

    public long OpenBatchBytes { get; set; }

    public JValue this[int index] => _items[index] ?? throw new InvalidOperationException($"Map item {index} was released");

    public void Add(JValue item) => _items.Add(item);

    /// <summary>Lets go of an item whose iteration succeeded (a redrive never runs it again).</summary>
    public void Release(int index) => _items[index] = null;
}
