using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

/// <summary>
/// One execution's batch, committed atomically (with other executions' batches, in one transaction):
/// the input that was applied (appended to the input log at position <see cref="InputSequence"/>),
/// the history events it produced, the timers it started and fired, and the outcome when the
/// execution ended. <see cref="Created"/> is set on the first batch, which creates the execution.
/// <see cref="MapRuns"/> holds the Map Runs the batch started or changed, in their new state, and
/// <see cref="MapRunExecutions"/> their child executions started or changed.
/// <see cref="Redriven"/> is set on a redrive's batch, which puts the ended execution back to RUNNING.
/// </summary>
public sealed record ExecutionCommit(
    string ExecutionArn,
    ExecutionRecord? Created,
    long InputSequence,
    InterpreterInput Input,
    IReadOnlyList<StoredEvent> Events,
    IReadOnlyList<TimerRecord> TimersStarted,
    long? TimerFired,
    ExecutionOutcome? Outcome,
    IReadOnlyList<MapRunRecord>? MapRuns = null,
    ExecutionRedrive? Redriven = null,
    IReadOnlyList<MapRunExecutionRecord>? MapRunExecutions = null);
