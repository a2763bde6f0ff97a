using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>Details of MapIterationStarted/Succeeded/Failed/Aborted: the Map state's name and the index.</summary>
public sealed class MapIterationEventDetails(string key, string name, int index) : EventDetails
{
    public override string Key => key;

    public override JObject ToJson(bool includeExecutionData) =>
        JObject.Create(("name", new JString(name)), ("index", JNumber.From(index)));
}
