using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class ExecutionStartedEventDetails(JValue input, string? inputText, string roleArn) : EventDetails
{
    public JValue Input { get; } = input;

    public override string Key => "executionStartedEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(3);
        if (includeExecutionData)
        {
            b.Set("input", new JString(inputText ?? Input.ToJson()));
        }

        b.Set("inputDetails", TruncatedFalse);
        b.Set("roleArn", new JString(roleArn));
        return b.Build();
    }
}
