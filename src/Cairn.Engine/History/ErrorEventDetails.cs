using Cairn.Json;

namespace Cairn.Engine.History;

/// <summary>Details holding an error and a cause: ExecutionFailed, ExecutionAborted, ExecutionTimedOut, MapStateFailed, ...</summary>
public sealed class ErrorEventDetails(string key, string? error, string? cause) : EventDetails
{
    public string? Error { get; } = error;

    public string? Cause { get; } = cause;

    public override string Key => key;

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(2);
        AddOptional(b, "error", Error);
        if (includeExecutionData)
        {
            AddOptional(b, "cause", Cause);
        }

        return b.Build();
    }
}
