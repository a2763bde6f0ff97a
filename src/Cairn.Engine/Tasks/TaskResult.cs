using Cairn.Json;

namespace Cairn.Engine.Tasks;

/// <summary>The outcome of a task invocation.</summary>
public abstract record TaskResult
{
    private TaskResult()
    {
    }

    public static TaskResult Success(JValue output) => new Succeeded(output);

    public static TaskResult Failure(string error, string? cause) => new Failed(error, cause);

    /// <summary>A <c>.waitForTaskToken</c> request was handed over; the task now waits for its token.</summary>
    public static TaskResult Submission(JValue output) => new Submitted(output);

    /// <summary>The task succeeded with this result.</summary>
    public sealed record Succeeded(JValue Output) : TaskResult;

    /// <summary>The task failed with this error name and cause.</summary>
    public sealed record Failed(string Error, string? Cause) : TaskResult;

    /// <summary>A callback task's request was delivered (the service's answer is <paramref name="Output"/>); its outcome comes with its task token.</summary>
    public sealed record Submitted(JValue Output) : TaskResult;
}
