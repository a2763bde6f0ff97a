namespace Cairn.Engine.Execution;

/// <summary>
/// How many of a Map Run's items (or child executions) are in each stage. <see cref="PendingRedrive"/>
/// counts the failed or aborted ones a redrive has yet to start (they still count as failed or
/// aborted); <see cref="FailuresNotRedrivable"/> those that can never be redriven.
/// </summary>
public readonly record struct MapRunCounts(
    long Pending,
    long Running,
    long Succeeded,
    long Failed,
    long TimedOut,
    long Aborted,
    long Total,
    long ResultsWritten,
    long FailuresNotRedrivable = 0,
    long PendingRedrive = 0);
