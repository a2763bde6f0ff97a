using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class ExecutionSucceededEventDetails(JValue output) : EventDetails
{
    public JValue Output { get; } = output;

    public override string Key => "executionSucceededEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(2);
        AddPayload(b, "output", Output, includeExecutionData);
        return b.Build();
    }
}
