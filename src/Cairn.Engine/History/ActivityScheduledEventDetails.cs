using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>ActivityScheduled: the activity ARN, the task's input and its time limits.</summary>
public sealed class ActivityScheduledEventDetails(string resource, JValue input, long? timeoutInSeconds, long? heartbeatInSeconds) : EventDetails
{
    public override string Key => "activityScheduledEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(5);
        b.Set("resource", new JString(resource));
        AddPayload(b, "input", input, includeExecutionData);
        if (timeoutInSeconds is { } t)
        {
            b.Set("timeoutInSeconds", JNumber.From(t));
        }

        if (heartbeatInSeconds is { } h)
        {
            b.Set("heartbeatInSeconds", JNumber.From(h));
        }

        return b.Build();
    }
}
