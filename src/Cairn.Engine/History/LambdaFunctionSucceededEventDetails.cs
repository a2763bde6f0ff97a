using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class LambdaFunctionSucceededEventDetails(JValue output) : EventDetails
{
    public override string Key => "lambdaFunctionSucceededEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(2);
        AddPayload(b, "output", output, includeExecutionData);
        return b.Build();
    }
}
