using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>A state was entered. The first state reports the execution input verbatim (<paramref name="inputText"/>).</summary>
public sealed class StateEnteredEventDetails(string name, JValue input, string? inputText = null) : EventDetails
{
    public string Name { get; } = name;

    public JValue Input { get; } = input;

    public override string Key => "stateEnteredEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(3);
        b.Set("name", new JString(Name));
        if (includeExecutionData)
        {
            b.Set("input", new JString(inputText ?? Input.ToJson()));
        }

        b.Set("inputDetails", TruncatedFalse);
        return b.Build();
    }
}
