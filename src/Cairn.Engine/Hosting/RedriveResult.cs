namespace Cairn.Engine.Hosting;

/// <summary>The answer to a redrive: when the execution was redriven, or why it cannot be.</summary>
public sealed record RedriveResult(DateTimeOffset? RedriveDate, string? NotRedrivableReason)
{
    /// <summary>Refused: the limit of open executions is reached (ExecutionLimitExceeded).</summary>
    public bool ExecutionLimitExceeded { get; init; }
}
