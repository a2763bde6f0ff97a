using Cairn.Engine.Storage;

namespace Cairn.Engine.Tasks;

/// <summary>
/// What starting a nested execution came to: the execution (started now, or the running one the
/// request repeats), or the API error StartExecution would have answered with. An Express
/// execution is not stored: <see cref="Ended"/> is how its end is known.
/// </summary>
public sealed record NestedExecutionStart(ExecutionRecord? Execution, string? ErrorCode = null, string? ErrorMessage = null, Task<ExecutionRecord>? Ended = null)
{
    public static NestedExecutionStart Started(ExecutionRecord execution) => new(execution);

    /// <summary>An Express execution, with the task that completes with it as it ended.</summary>
    public static NestedExecutionStart Started(ExecutionRecord execution, Task<ExecutionRecord> ended) => new(execution, Ended: ended);

    /// <summary>An API error: <paramref name="code"/> as in <c>__type</c> (e.g. StateMachineDoesNotExist), with AWS's message.</summary>
    public static NestedExecutionStart Failed(string code, string message) => new(null, code, message);
}
