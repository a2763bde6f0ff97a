using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class MapRunStartedEventDetails(string mapRunArn) : EventDetails
{
    public string MapRunArn { get; } = mapRunArn;

    public override string Key => "mapRunStartedEventDetails";

    public override JObject ToJson(bool includeExecutionData) => JObject.Create(("mapRunArn", new JString(MapRunArn)));
}
