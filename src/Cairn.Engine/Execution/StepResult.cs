using Cairn.Engine.History;

namespace Cairn.Engine.Execution;

/// <summary>
/// Everything one step of an execution produced (<see cref="Interpreter.Apply"/>): the history
/// events it appended, the commands to carry out once they are committed, how the execution ended
/// if it did, the Map Runs it started or changed (and their child executions), and the redrive if
/// it redrove the execution.
/// This is the single place a host reads a step's effects from, and so the place where limits on
/// what one step may produce belong.
/// </summary>
public sealed record StepResult(
    IReadOnlyList<HistoryEvent> Events,
    IReadOnlyList<ExecutionCommand> Commands,
    ExecutionOutcome? Outcome,
    IReadOnlyList<MapRunRecord> MapRuns,
    ExecutionRedrive? Redrive,
    IReadOnlyList<MapRunExecutionRecord>? MapRunExecutions = null)
{
    /// <summary>A step that changed nothing (an input for a task, timer or Map Run that no longer counts).</summary>
    public static readonly StepResult Nothing = new([], [], null, [], null);

    /// <summary>Whether this step ended the execution.</summary>
    public bool Ended => Outcome is not null;
}
