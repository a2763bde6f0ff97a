using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class ExecutionRedrivenEventDetails(int redriveCount) : EventDetails
{
    public int RedriveCount { get; } = redriveCount;

    public override string Key => "executionRedrivenEventDetails";

    public override JObject ToJson(bool includeExecutionData) => JObject.Create(("redriveCount", JNumber.From(RedriveCount)));
}
