using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>TaskStarted, TaskSucceeded, TaskFailed, TaskTimedOut, TaskSubmitted: resource type and name plus an output or an error.</summary>
public sealed class TaskEventDetails(string key, string resourceType, string resource, JValue? output = null, string? error = null, string? cause = null) : EventDetails
{
    public override string Key => key;

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(5);
        b.Set("resourceType", new JString(resourceType));
        b.Set("resource", new JString(resource));
        AddPayload(b, "output", output, includeExecutionData);
        AddOptional(b, "error", error);
        if (includeExecutionData)
        {
            AddOptional(b, "cause", cause);
        }

        return b.Build();
    }
}
