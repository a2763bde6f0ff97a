using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>A redriven Map Run: its ARN and how many times it has been redriven, counting this time.</summary>
public sealed class MapRunRedrivenEventDetails(string mapRunArn, int redriveCount) : EventDetails
{
    public string MapRunArn { get; } = mapRunArn;

    public int RedriveCount { get; } = redriveCount;

    public override string Key => "mapRunRedrivenEventDetails";

    public override JObject ToJson(bool includeExecutionData) =>
        JObject.Create(("mapRunArn", new JString(MapRunArn)), ("redriveCount", JNumber.From(RedriveCount)));
}
