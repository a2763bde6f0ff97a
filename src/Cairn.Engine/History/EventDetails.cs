using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>The type-specific part of a history event (<c>stateEnteredEventDetails</c>, ...).</summary>
public abstract class EventDetails
{
    /// <summary>The member name AWS uses for these details, e.g. <c>stateEnteredEventDetails</c>.</summary>
    public abstract string Key { get; }

    public abstract JObject ToJson(bool includeExecutionData);

    /// <summary>Adds <c>name</c> (JSON text) and <c>nameDetails: {truncated: false}</c>, as AWS does for payloads.</summary>
    protected static void AddPayload(JObjectBuilder builder, string name, JValue? value, bool includeExecutionData)
    {
        if (value is null)
        {
            return;
        }

        if (includeExecutionData)
        {
            builder.Set(name, new JString(value.ToJson()));
        }

        builder.Set(name + "Details", TruncatedFalse);
    }

    protected static readonly JObject TruncatedFalse = JObject.Create(("truncated", JBool.False));

    protected static void AddOptional(JObjectBuilder builder, string name, string? value)
    {
        if (value is not null)
        {
            builder.Set(name, new JString(value));
        }
    }
}
