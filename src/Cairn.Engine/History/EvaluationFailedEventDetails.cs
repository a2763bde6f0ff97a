using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>
/// EvaluationFailed: an expression of a JSONata state failed. <c>location</c> names the field
/// (for example <c>Output/result</c> or <c>Items</c>) when the failure belongs to one.
/// </summary>
public sealed class EvaluationFailedEventDetails(string error, string cause, string? location, string state) : EventDetails
{
    public string Error { get; } = error;

    public string Cause { get; } = cause;

    public string? Location { get; } = location;

    public string State { get; } = state;

    public override string Key => "evaluationFailedEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(4);
        b.Set("error", new JString(Error));
        if (includeExecutionData)
        {
            b.Set("cause", new JString(Cause));
        }

        AddOptional(b, "location", Location);
        b.Set("state", new JString(State));
        return b.Build();
    }
}
