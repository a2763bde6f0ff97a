using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>ActivityStarted: the name the worker gave in GetActivityTask, when it gave one.</summary>
public sealed class ActivityStartedEventDetails(string? workerName) : EventDetails
{
    public override string Key => "activityStartedEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(1);
        AddOptional(b, "workerName", workerName);
        return b.Build();
    }
}
