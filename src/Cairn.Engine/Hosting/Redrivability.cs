using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>Whether an ended execution can be redriven, and if not, why (in AWS's words).</summary>
public static class Redrivability
{
    /// <summary>How long after it ended an execution can be redriven.</summary>
    public static readonly TimeSpan RedrivablePeriod = TimeSpan.FromDays(14);

    /// <summary>Null when <paramref name="execution"/> can be redriven at <paramref name="now"/>; otherwise the reason it cannot.</summary>
    public static string? Reason(ExecutionRecord execution, DateTimeOffset now) => execution.Status switch
    {
        ExecutionStatus.FAILED or ExecutionStatus.ABORTED or ExecutionStatus.TIMED_OUT when execution.StopDate is { } stop && now - stop > RedrivablePeriod =>
            "Execution redrivable period exceeded",

        // A redrive appends to the history: one that has no room left for it cannot be redriven.
        ExecutionStatus.FAILED or ExecutionStatus.ABORTED or ExecutionStatus.TIMED_OUT when execution.EventCount >= Asl.ServiceLimits.MaxHistoryEvents - 1 =>
            "Execution history event limit exceeded.",
        ExecutionStatus.FAILED or ExecutionStatus.ABORTED or ExecutionStatus.TIMED_OUT => null,
        _ => $"Execution is {execution.Status} and cannot be redriven",
    };
}
