namespace Cairn.Engine.Execution;

/// <summary>Execution status, as DescribeExecution reports it.</summary>
public enum ExecutionStatus
{
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED,
    PENDING_REDRIVE,
}
