using Cairn.Engine.History;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>Where a step begins and ends: one input in, one <see cref="StepResult"/> out.</summary>
public sealed partial class Interpreter
{
    /// <summary>
    /// Applies one input and runs until every thread of the execution waits or the execution
    /// ends. The clock must read <see cref="InterpreterInput.Time"/> while the step runs (a host
    /// sets it; an in-process run reads its own clock). An input that no longer concerns the
    /// execution (a task or timer it stopped waiting for, a stop after the end) changes nothing.
    /// </summary>
    public StepResult Apply(InterpreterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var firstEvent = _history.Count;
        _input = input;
        _stepStates = 0;
        _stepPayloadBytes = 0;
        _yielded = false;
        IReadOnlyList<ExecutionCommand> commands;
        try
        {
            commands = input.Kind switch
            {
                InterpreterInputKind.Start => Start(),
                InterpreterInputKind.TaskSucceeded => CompleteTask(input.CommandId, TaskResult.Success(input.TaskOutput)),
                InterpreterInputKind.TaskFailed => CompleteTask(input.CommandId, TaskResult.Failure(input.Error ?? string.Empty, input.Cause)),
                InterpreterInputKind.TaskSubmitted => SubmitTask(input.CommandId, input.TaskOutput),
                InterpreterInputKind.TimerFired => FireTimer(input.CommandId),
                InterpreterInputKind.TaskHeartbeat => Heartbeat(input.CommandId),
                InterpreterInputKind.ActivityStarted => StartActivity(input.CommandId, input.WorkerName),
                InterpreterInputKind.UpdateMapRun => UpdateMapRun(MapRunUpdate.FromJson(input.Output ?? "{}")),
                InterpreterInputKind.Redrive => Redrive(),
                InterpreterInputKind.Stop => Abort(input.Error, input.Cause),
                InterpreterInputKind.Continue => RunReady(),
                _ => throw new InvalidOperationException($"Unknown interpreter input kind {input.Kind}"),
            };
        }
        catch (HistoryLimitReached)
        {
            _ready.Clear();
            _pending.Clear();
            _commands.Clear();
            commands = Array.Empty<ExecutionCommand>();
        }
        finally
        {
            _input = null;
        }

        return EndStep(input, firstEvent, commands);
    }

    /// <summary>What the step that recorded the events from <paramref name="firstEvent"/> on produced.</summary>
    private StepResult EndStep(InterpreterInput input, int firstEvent, IReadOnlyList<ExecutionCommand> commands)
    {
        var recorded = _history.Count - firstEvent;
        var mapRuns = TakeMapRunChanges(out var mapRunExecutions);
        var continues = _yielded && Status == ExecutionStatus.RUNNING;
        if (recorded == 0 && commands.Count == 0 && mapRuns.Count == 0 && mapRunExecutions is null && !continues)
        {
            return StepResult.Nothing;
        }

        var events = recorded == 0 ? (IReadOnlyList<HistoryEvent>)Array.Empty<HistoryEvent>() : new EventRange(_history, firstEvent, recorded);

        // Only a step that records events can end the execution or redrive it.
        var outcome = recorded > 0 && Status != ExecutionStatus.RUNNING
            ? new ExecutionOutcome(Status, StopDate ?? input.Time, Output, Error, Cause)
            : null;
        var redrive = recorded > 0 && input.Kind == InterpreterInputKind.Redrive && RedriveDate is { } redriven
            ? new ExecutionRedrive(RedriveCount, redriven)
            : null;
        return new StepResult(events, commands, outcome, mapRuns, redrive, mapRunExecutions) { Continues = continues };
    }

    /// <summary>Records ExecutionStarted and runs until the execution waits or ends.</summary>
    private IReadOnlyList<ExecutionCommand> Start()
    {
        if (_root is not null)
        {
            return Array.Empty<ExecutionCommand>();
        }

        Record(HistoryEventType.ExecutionStarted, 0, new ExecutionStartedEventDetails(Info.Input, Info.InputText, Info.RoleArn), Info.StartTime);
        if (ExecutionTimeoutSeconds() is { } timeout)
        {
            _timeoutTimerId = NextId();
            _commands.Add(new ExecutionCommand.StartTimer(_timeoutTimerId, Info.StartTime.AddSeconds(timeout)));
        }

        // AWS links the first state's entry to nothing (previousEventId 0), not to ExecutionStarted.
        _root = new Frame(this, _machine, Info.Input, new VariableScope(), 0, null, 0);
        _ready.Enqueue(_root);
        return RunReady();
    }

    /// <summary>
    /// How long the execution may run: the machine's TimeoutSeconds; an Express execution at most
    /// <see cref="Asl.ServiceLimits.MaxExpressDurationSeconds"/> (Express executions keep no log, so
    /// this changes no Standard log).
    /// </summary>
    private int? ExecutionTimeoutSeconds() =>
        Info.IsExpress
            ? Math.Min(_machine.TimeoutSeconds ?? Asl.ServiceLimits.MaxExpressDurationSeconds, Asl.ServiceLimits.MaxExpressDurationSeconds)
            : _machine.TimeoutSeconds;

    /// <summary>Whether timer <paramref name="timerId"/> is the execution's timeout (TimeoutSeconds, or an Express execution's 5 minutes).</summary>
    public bool IsExecutionTimeout(long timerId) => timerId != 0 && timerId == _timeoutTimerId;

    /// <summary>Reports a task's outcome and runs until the execution waits or ends.</summary>
    private IReadOnlyList<ExecutionCommand> CompleteTask(long id, TaskResult result)
    {
        if (Status == ExecutionStatus.RUNNING && _pending.Remove(id, out var frame) && frame.Phase == FramePhase.WaitingForTask)
        {
            OnTaskCompleted(frame, result);
        }
        else if (Status == ExecutionStatus.RUNNING && _pendingReads.Remove(id, out var reading))
        {
            OnItemsRead(reading, result);
        }
        else if (Status == ExecutionStatus.RUNNING && _pendingWrites.Remove(id, out var writing))
        {
            OnResultsWritten(writing, result);
        }

        return RunReady();
    }

    /// <summary>Reports that a timer is due and runs until the execution waits or ends.</summary>
    private IReadOnlyList<ExecutionCommand> FireTimer(long id)
    {
        if (Status != ExecutionStatus.RUNNING)
        {
            return Array.Empty<ExecutionCommand>();
        }

        if (id == _timeoutTimerId)
        {
            EndExecution(ExecutionStatus.TIMED_OUT, HistoryEventType.ExecutionTimedOut, LastEventId(), new ErrorEventDetails("executionTimedOutEventDetails", null, null), null, null);
            return Array.Empty<ExecutionCommand>();
        }

        if (TryFireDeadline(id))
        {
            return RunReady();
        }

        if (_pending.Remove(id, out var frame))
        {
            OnTimerFired(frame);
        }

        return RunReady();
    }

    /// <summary>Stops the execution (StopExecution): records ExecutionAborted.</summary>
    private IReadOnlyList<ExecutionCommand> Abort(string? error, string? cause)
    {
        if (Status == ExecutionStatus.RUNNING)
        {
            EndExecution(ExecutionStatus.ABORTED, HistoryEventType.ExecutionAborted, LastEventId(), new ErrorEventDetails("executionAbortedEventDetails", error, cause), error, cause);
        }

        return Array.Empty<ExecutionCommand>();
    }

    /// <summary>Runs the frames that are ready until none is; returns the commands they asked for.</summary>
    private IReadOnlyList<ExecutionCommand> RunReady()
    {
        while (Status == ExecutionStatus.RUNNING && !_yielded && _ready.TryDequeue(out var frame))
        {
            Advance(frame);
        }

        if (Status != ExecutionStatus.RUNNING)
        {
            _commands.Clear();
            _pending.Clear();
            return Array.Empty<ExecutionCommand>();
        }

        if (_commands.Count == 0)
        {
            return Array.Empty<ExecutionCommand>();
        }

        var commands = _commands.ToArray();
        _commands.Clear();
        return commands;
    }

    /// <summary>
    /// Whether the step has used its budget (<see cref="StepStateBudget"/> states entered,
    /// <see cref="StepPayloadBudget"/> bytes of state output): then <paramref name="frame"/>, about to
    /// enter its next state, goes back to the ready frames and the step yields; a Continue input
    /// carries on. Logs written before <see cref="LogFormat.ServiceLimits"/> never yield.
    /// </summary>
    private bool YieldsBefore(Frame frame)
    {
        if (!_limited || (++_stepStates <= StepStateBudget && _stepPayloadBytes <= StepPayloadBudget))
        {
            return false;
        }

        _yielded = true;
        _ready.Enqueue(frame);
        return true;
    }

    /// <summary>The events one step appended: a view of the history, which only grows.</summary>
    private sealed class EventRange(List<HistoryEvent> history, int start, int count) : IReadOnlyList<HistoryEvent>
    {
        public int Count => count;

        public HistoryEvent this[int index] => (uint)index < (uint)count ? history[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<HistoryEvent> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return history[start + i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
