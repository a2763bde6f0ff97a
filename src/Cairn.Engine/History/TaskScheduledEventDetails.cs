using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class TaskScheduledEventDetails(string resourceType, string resource, string region, JValue parameters, long? timeoutInSeconds, long? heartbeatInSeconds) : EventDetails
{
    public override string Key => "taskScheduledEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(6);
        b.Set("resourceType", new JString(resourceType));
        b.Set("resource", new JString(resource));
        b.Set("region", new JString(region));
        b.Set("parameters", new JString(parameters.ToJson()));
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
