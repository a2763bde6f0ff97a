using System.Text;
using Cairn.Asl;
using Cairn.Engine.Items;
using Cairn.Json;
using CsCheck;

namespace Cairn.Engine.Tests.Items;

public sealed class ItemBatchingTests
{
    /// <summary>
    /// Over generated items and limits: every batch keeps to both limits (its compact JSON in UTF-8
    /// bytes), carries the BatchInput, the batches hold every item in order, and a batch is closed
    /// only when the next item would not fit.
    /// </summary>
    [Fact]
    public void BatchesKeepToTheirLimitsAndHoldEveryItemInOrder()
    {
        var gen =
            from count in Gen.Int[0, 60]
            from pads in Gen.Int[0, 40].Array[count]
            from maxItems in Gen.Int[0, 8]
            from maxBytes in Gen.OneOf(Gen.Const(0L), Gen.Long[150, 900])
            from withInput in Gen.Bool
            select (pads, maxItems, maxBytes, withInput);

        gen.Sample(c =>
        {
            var items = JArray.Adopt(c.pads.Select((pad, i) => (JValue)JObject.Create(("i", JNumber.From(i)), ("p", new JString(new string('é', pad))))).ToArray());
            var input = c.withInput ? JObject.Create(("run", new JString("r"))) : null;
            var limits = new ItemBatching.Limits(c.maxItems, c.maxBytes == 0 && c.maxItems == 0 ? ItemBatching.MaxBatchBytes : c.maxBytes, input);

            var batches = ItemBatching.Group(items, limits).Cast<JObject>().ToList();

            var seen = new List<JValue>();
            for (var b = 0; b < batches.Count; b++)
            {
                var batch = batches[b];
                var batchItems = (JArray)batch["Items"]!;
                Assert.NotEmpty(batchItems);
                Assert.Equal(input?.ToJson(), batch["BatchInput"]?.ToJson());
                Assert.True(limits.MaxItems == 0 || batchItems.Count <= limits.MaxItems);
                Assert.True(limits.MaxBytes == 0 || Encoding.UTF8.GetByteCount(batch.ToJson()) <= limits.MaxBytes, batch.ToJson());
                if (b + 1 < batches.Count)
                {
                    // The next batch's first item did not fit in this one.
                    var grown = ItemBatching.Batch(input, [.. batchItems, ((JArray)batches[b + 1]["Items"]!)[0]]);
                    Assert.True((limits.MaxItems > 0 && batchItems.Count + 1 > limits.MaxItems) || Encoding.UTF8.GetByteCount(grown.ToJson()) > limits.MaxBytes);
                }

                seen.AddRange(batchItems);
            }

            Assert.Equal(items.Select(i => i.ToJson()), seen.Select(i => i.ToJson()));
        }, iter: 2000);
    }

    [Fact]
    public void AnItemLargerThanTheByteLimitFails()
    {
        var items = JArray.Adopt([JObject.Create(("p", new JString(new string('x', 500))))]);
        var e = Assert.Throws<StatesException>(() => ItemBatching.Group(items, new ItemBatching.Limits(0, 100, null)));
        Assert.Equal(StatesErrors.ItemReaderFailed, e.Error);
    }
}
