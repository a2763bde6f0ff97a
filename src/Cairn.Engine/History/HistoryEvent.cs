using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>
/// One entry of an execution's append-only history. Details keep references to the (immutable)
/// JSON values; they are turned into AWS's wire shape only when the history is read.
/// </summary>
public sealed class HistoryEvent
{
    public HistoryEvent(long id, long previousEventId, DateTimeOffset timestamp, HistoryEventType type, EventDetails? details)
    {
        Id = id;
        PreviousEventId = previousEventId;
        Timestamp = timestamp;
        Type = type;
        Details = details;
    }

    public long Id { get; }

    public long PreviousEventId { get; }

    public DateTimeOffset Timestamp { get; }

    public HistoryEventType Type { get; }

    public EventDetails? Details { get; }

    /// <summary>
    /// The event as GetExecutionHistory returns it. <paramref name="timestampsAsEpochSeconds"/>:
    /// the JSON protocol's epoch seconds (true) or ISO-8601 text as the AWS CLI prints it (false).
    /// </summary>
    public JObject ToJson(bool timestampsAsEpochSeconds = true, bool includeExecutionData = true)
    {
        var builder = new JObjectBuilder(5);
        builder.Set("timestamp", timestampsAsEpochSeconds
            ? JNumber.From(Timestamp.ToUnixTimeMilliseconds() / 1000.0)
            : new JString(TimeFormat.Iso(Timestamp)));
        builder.Set("type", new JString(Type.ToString()));
        builder.Set("id", JNumber.From(Id));
        builder.Set("previousEventId", JNumber.From(PreviousEventId));
        if (Details is not null)
        {
            builder.Set(Details.Key, Details.ToJson(includeExecutionData));
        }

        return builder.Build();
    }
}
