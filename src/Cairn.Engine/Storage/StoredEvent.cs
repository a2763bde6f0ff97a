using Cairn.Engine.History;

namespace Cairn.Engine.Storage;

/// <summary>
/// A history event as stored: the fields GetExecutionHistory returns, with the type-specific
/// details kept as the JSON of <c>Details.ToJson(includeExecutionData: true)</c> under
/// <see cref="DetailsKey"/> (e.g. <c>stateEnteredEventDetails</c>).
/// </summary>
public sealed record StoredEvent(long Id, long PreviousEventId, DateTimeOffset Timestamp, string Type, string? DetailsKey, string? DetailsJson)
{
    public static StoredEvent From(HistoryEvent e) =>
        new(e.Id, e.PreviousEventId, e.Timestamp, e.Type.ToString(), e.Details?.Key, e.Details?.ToJson(includeExecutionData: true).ToJson());
}
