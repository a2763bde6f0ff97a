using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;

namespace Cairn.Asl.Model;

/// <summary>
/// A Distributed Map's ItemBatcher: items are passed to each child in batches of at most
/// MaxItemsPerBatch items and MaxInputBytesPerBatch bytes, as <c>{"BatchInput": ..., "Items": [...]}</c>.
/// </summary>
public sealed record ItemBatcher(
    ValueSource? MaxItemsPerBatch,
    ValueSource? MaxInputBytesPerBatch,
    PayloadTemplate? BatchInput,
    JsonataTemplate? JsonataBatchInput);
