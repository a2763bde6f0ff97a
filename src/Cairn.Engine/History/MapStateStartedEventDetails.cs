using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class MapStateStartedEventDetails(int length) : EventDetails
{
    public override string Key => "mapStateStartedEventDetails";

    public override JObject ToJson(bool includeExecutionData) => JObject.Create(("length", JNumber.From(length)));
}
