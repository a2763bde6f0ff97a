namespace Cairn.Engine.Execution;

/// <summary>
/// A Map Run (a distributed Map state's run) as stored: the execution it belongs to, its limits
/// (which UpdateMapRun may change while it runs) and how far its items have come.
/// <see cref="StateMachineArn"/> is the Map Run's own machine ARN (<c>MACHINE/LABEL</c>);
/// <see cref="Status"/> is RUNNING, SUCCEEDED, FAILED or ABORTED. A redriven Map Run keeps its ARN
/// and start date and counts its redrives (<see cref="RedriveCount"/>, last at <see cref="RedriveDate"/>).
/// </summary>
public sealed record MapRunRecord(
    string MapRunArn,
    string ExecutionArn,
    string StateMachineArn,
    DateTimeOffset StartDate,
    DateTimeOffset? StopDate,
    string Status,
    int MaxConcurrency,
    long ToleratedFailureCount,
    double ToleratedFailurePercentage,
    MapRunCounts ItemCounts,
    int RedriveCount = 0,
    DateTimeOffset? RedriveDate = null)
{
    /// <summary>Items that come from the state input run one child each: the execution counts are the item counts.</summary>
    public MapRunCounts ExecutionCounts => ItemCounts;
}
