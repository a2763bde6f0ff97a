using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// A running durable execution held in memory: its interpreter, the clock its steps read, and how
/// much of its log is already queued for commit. Guarded by locking the instance. An execution that
/// only waits on the outside world (a task token, an activity worker, a timer) is evicted after a
/// while and loaded again from its log when something wakes it.
/// </summary>
internal sealed class LiveExecution
{
    public LiveExecution(ExecutionRecord record, Asl.Model.StateMachine machine, Interpreter interpreter, StepClock clock)
    {
        Record = record;
        Machine = machine;
        Interpreter = interpreter;
        Clock = clock;
        LastStepTime = record.StartDate;
    }

    public ExecutionRecord Record { get; }

    public string Arn => Record.ExecutionArn;

    /// <summary>The compiled machine the execution runs.</summary>
    public Asl.Model.StateMachine Machine { get; }

    public Interpreter Interpreter { get; }

    public StepClock Clock { get; }

    /// <summary>Inputs queued for commit so far: the position of the next one in the log.</summary>
    public long InputCount { get; set; }

    /// <summary>History events queued for commit so far.</summary>
    public int QueuedEvents { get; set; }

    public DateTimeOffset LastStepTime { get; set; }

    /// <summary>The execution ended or was dropped from memory: it takes no more inputs.</summary>
    public bool Closed { get; set; }

    /// <summary>Closed because it was idle: the execution still runs, and is loaded again from its log when an input comes.</summary>
    public bool Evicted { get; set; }

    /// <summary>Loaded at start-up only to be resumed, and not woken since: it leaves memory as soon as it is idle.</summary>
    public bool ResumedOnly { get; set; }

    /// <summary>
    /// Task invocations under way in this process (not activities, which wait in a queue), by
    /// command id, each with what cancels it: while any is, the execution stays in memory.
    /// </summary>
    public Dictionary<long, CancellationTokenSource> Invocations { get; } = new();

    /// <summary>
    /// Completions by task token (SendTaskSuccess, SendTaskFailure) of callback tasks whose
    /// invocation had not answered yet, by command id: applied right after the invocation's
    /// submission or answer, so that TaskSubmitted always comes before the task's outcome, as on AWS.
    /// </summary>
    public Dictionary<long, Func<DateTimeOffset, InterpreterInput>> DeferredCompletions { get; } = new();

    /// <summary>
    /// Timers dispatched and not yet fired, by virtual due time, and those fired ahead of their
    /// callback: an execution's timers fire in the order they are due whatever the time scale.
    /// </summary>
    public SortedSet<(DateTimeOffset Due, long Id)> Timers { get; } = new();

    public HashSet<long> TimersFiredEarly { get; } = new();

    /// <summary>Completes when the last queued batch is committed.</summary>
    public Task LastCommit { get; set; } = Task.CompletedTask;

    /// <summary>Builds the batch of a step: the input applied, the events it recorded, its timers, the outcome if it ended the execution.</summary>
    public ExecutionCommit TakeCommit(InterpreterInput input, StepResult step, ExecutionRecord? created)
    {
        var events = new StoredEvent[step.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = StoredEvent.From(step.Events[i]);
        }

        QueuedEvents += events.Length;
        List<TimerRecord>? timers = null;
        foreach (var command in step.Commands)
        {
            if (command is ExecutionCommand.StartTimer timer)
            {
                (timers ??= new()).Add(new TimerRecord(Arn, timer.Id, timer.Due));
            }
        }

        return new ExecutionCommit(
            Arn,
            created,
            InputCount++,
            input,
            events,
            timers ?? (IReadOnlyList<TimerRecord>)Array.Empty<TimerRecord>(),
            input.Kind == InterpreterInputKind.TimerFired ? input.CommandId : null,
            step.Outcome,
            step.MapRuns,
            step.Redrive,
            step.MapRunExecutions);
    }
}
