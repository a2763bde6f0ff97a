namespace Cairn.Engine.Execution;

/// <summary>
/// A child workflow execution of a Map Run, as ListExecutions with a <c>mapRunArn</c> lists it:
/// its ARN (<c>arn:aws:states:REGION:ACCOUNT:execution:MACHINE/LABEL:NAME</c>), the Map Run's
/// machine (<c>MACHINE/LABEL</c>), its status (RUNNING, SUCCEEDED, FAILED, ABORTED, or
/// PENDING_REDRIVE while a redriven Map Run has not started it again), how many items it processed,
/// and its redrives. <see cref="Index"/> is the item's index in the Map's items.
/// </summary>
public sealed record MapRunExecutionRecord(
    string ExecutionArn,
    string MapRunArn,
    string StateMachineArn,
    string Name,
    int Index,
    string Status,
    DateTimeOffset StartDate,
    DateTimeOffset? StopDate,
    int ItemCount,
    int RedriveCount,
    DateTimeOffset? RedriveDate);
