using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class StateExitedEventDetails(string name, JValue output, JObject? assignedVariables) : EventDetails
{
    public string Name { get; } = name;

    public JValue Output { get; } = output;

    public JObject? AssignedVariables { get; } = assignedVariables;

    public override string Key => "stateExitedEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(5);
        b.Set("name", new JString(Name));
        AddPayload(b, "output", Output, includeExecutionData);
        if (AssignedVariables is not null)
        {
            var vars = new JObjectBuilder(AssignedVariables.Count);
            foreach (var (key, value) in AssignedVariables.Members)
            {
                vars.Set(key, new JString(value.ToJson()));
            }

            b.Set("assignedVariables", vars.Build());
            b.Set("assignedVariablesDetails", TruncatedFalse);
        }

        return b.Build();
    }
}
