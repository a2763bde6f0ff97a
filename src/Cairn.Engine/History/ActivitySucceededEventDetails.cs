using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>ActivitySucceeded: the output the worker sent with SendTaskSuccess.</summary>
public sealed class ActivitySucceededEventDetails(JValue output) : EventDetails
{
    public override string Key => "activitySucceededEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(2);
        AddPayload(b, "output", output, includeExecutionData);
        return b.Build();
    }
}
