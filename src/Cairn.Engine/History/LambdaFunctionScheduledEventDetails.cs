using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class LambdaFunctionScheduledEventDetails(string resource, JValue input, long? timeoutInSeconds) : EventDetails
{
    public override string Key => "lambdaFunctionScheduledEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(4);
        b.Set("resource", new JString(resource));
        AddPayload(b, "input", input, includeExecutionData);
        if (timeoutInSeconds is { } t)
        {
            b.Set("timeoutInSeconds", JNumber.From(t));
        }

        return b.Build();
    }
}
