using System.Globalization;
using System.Text;
using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Items;

/// <summary>
/// An ItemBatcher's rules, shared by the Map Run and TestState: its limits and BatchInput evaluated
/// against the state's input, a batch's shape (<c>{"BatchInput": ..., "Items": [...]}</c>) and size
/// (its compact JSON in UTF-8), and the grouping of items into batches that keep to the limits.
/// </summary>
public static class ItemBatching
{
    /// <summary>AWS's limit on a child's input, and so on a batch when no byte limit is given.</summary>
    public const long MaxBatchBytes = 262_144;

    /// <summary>An ItemBatcher evaluated: at most <see cref="MaxItems"/> items (0: no limit) and <see cref="MaxBytes"/> bytes per batch.</summary>
    public readonly record struct Limits(int MaxItems, long MaxBytes, JValue? BatchInput);

    /// <summary>Evaluates the limits and BatchInput; an ItemBatcher without limits is still bounded by the 256 KiB input limit.</summary>
    /// <exception cref="StatesException">A limit's path does not give a non-negative integer (States.Runtime).</exception>
    public static Limits Evaluate(IDataScope scope, ItemBatcher batcher, JValue effective)
    {
        var maxItems = (int)Math.Min(Limit(scope, batcher.MaxItemsPerBatch, effective), int.MaxValue);
        var maxBytes = Limit(scope, batcher.MaxInputBytesPerBatch, effective);
        if (maxItems <= 0 && maxBytes <= 0)
        {
            maxBytes = MaxBatchBytes;
        }

        var batchInput = batcher.JsonataBatchInput is { } jsonata
            ? jsonata.Evaluate(new Asl.Jsonata.JsonataScope(scope, effective))
            : batcher.BatchInput?.Evaluate(effective, scope);
        return new Limits(maxItems, maxBytes, batchInput);
    }

    private static long Limit(IDataScope scope, ValueSource? source, JValue effective)
    {
        if (source is null)
        {
            return 0;
        }

        var value = source.Resolve(effective, scope);
        if (value is JNumber { IsIntegral: true } n && n.IntegerValue >= 0)
        {
            return n.IntegerValue;
        }

        if (value is JString s && long.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new StatesException(StatesErrors.Runtime, $"The {source.FieldName} field refers to value \"{(value is JString text ? text.Value : value.ToJson())}\" which is not a valid integer: {source.Path?.Text}");
    }

    /// <summary>The bytes of an empty batch.</summary>
    public static long Overhead(JValue? batchInput) =>
        Encoding.UTF8.GetByteCount(batchInput is { } input ? $"{{\"BatchInput\":{input.ToJson()},\"Items\":[]}}" : "{\"Items\":[]}");

    /// <summary>The bytes one item adds to a batch (its JSON and a separating comma).</summary>
    public static long ItemBytes(JValue item) => Encoding.UTF8.GetByteCount(item.ToJson()) + 1;

    /// <summary>Whether a batch of <paramref name="count"/> items and <paramref name="bytes"/> bytes has no room for an item of <paramref name="itemBytes"/>.</summary>
    public static bool IsFull(Limits limits, int count, long bytes, long itemBytes) =>
        (limits.MaxItems > 0 && count >= limits.MaxItems) || (limits.MaxBytes > 0 && bytes + itemBytes - 1 > limits.MaxBytes);

    public static JValue Batch(JValue? batchInput, IReadOnlyList<JValue> items)
    {
        var array = JArray.Adopt(items.ToArray());
        return batchInput is { } input
            ? JObject.Create(("BatchInput", input), ("Items", array))
            : JObject.Create(("Items", array));
    }

    /// <summary>All the items in batches (TestState's afterItemBatcher).</summary>
    /// <exception cref="StatesException">An item alone is larger than MaxInputBytesPerBatch.</exception>
    public static JArray Group(JArray items, Limits limits)
    {
        var batches = new List<JValue>();
        var batch = new List<JValue>();
        var overhead = Overhead(limits.BatchInput);
        var bytes = overhead;
        foreach (var item in items)
        {
            var size = ItemBytes(item);
            if (batch.Count > 0 && IsFull(limits, batch.Count, bytes, size))
            {
                batches.Add(Batch(limits.BatchInput, batch));
                batch.Clear();
                bytes = overhead;
            }

            if (batch.Count == 0 && limits.MaxBytes > 0 && bytes + size - 1 > limits.MaxBytes)
            {
                throw TooLarge(limits);
            }

            batch.Add(item);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            batches.Add(Batch(limits.BatchInput, batch));
        }

        return JArray.Adopt(batches.ToArray());
    }

    public static StatesException TooLarge(Limits limits) =>
        new(StatesErrors.ItemReaderFailed, $"An item is larger than MaxInputBytesPerBatch ({limits.MaxBytes} bytes).");
}
