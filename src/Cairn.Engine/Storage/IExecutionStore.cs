using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

/// <summary>
/// Executions, their history and input logs and their timers. <see cref="Commit"/> is the only
/// writer; everything it is given is written in one transaction or not at all.
/// </summary>
public interface IExecutionStore
{
    /// <summary>Writes the batches of many executions atomically, in order.</summary>
    void Commit(IReadOnlyList<ExecutionCommit> commits);

    ExecutionRecord? GetExecution(string executionArn);

    /// <summary>
    /// A machine's executions (or those started through a version or alias ARN), newest first, starting after <paramref name="after"/> (0: from the newest);
    /// <paramref name="redriven"/>, when set, keeps only those that were (or were not) redriven.
    /// </summary>
    IReadOnlyList<(long Position, ExecutionRecord Execution)> ListExecutions(string stateMachineArn, ExecutionStatus? status, long after, int limit, bool? redriven = null);

    /// <summary>History events with ids after <paramref name="afterId"/> (or before it, newest first, when <paramref name="reverse"/>; 0 then means from the last).</summary>
    IReadOnlyList<StoredEvent> GetEvents(string executionArn, long afterId, int limit, bool reverse);

    /// <summary>Every execution that has not ended.</summary>
    IReadOnlyList<ExecutionRecord> ListRunning();

    /// <summary>How many executions have not ended (read once at start-up; the host keeps its count in step from then on).</summary>
    long CountRunning() => ListRunning().Count;

    /// <summary>An execution's input log, in order.</summary>
    IReadOnlyList<InterpreterInput> GetInputs(string executionArn);

    /// <summary>Timers that have been started and not fired, of executions that have not ended.</summary>
    IReadOnlyList<TimerRecord> GetPendingTimers(string executionArn);
}
