using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>Recording history events (ids, links, timestamps), the end of the execution, and the context object <c>$$</c>.</summary>
public sealed partial class Interpreter
{
    private long NextId() => _nextCommandId++;

    private long LastEventId() => _history.Count == 0 ? 0 : _history[^1].Id;

    private HistoryEvent Record(HistoryEventType type, long previousEventId, EventDetails? details, DateTimeOffset? timestamp = null)
    {
        CheckHistoryLimit(type);
        var e = new HistoryEvent(EventCount + 1, previousEventId, timestamp ?? _clock.GetUtcNow(), type, details);
        _history.Add(e);
        return e;
    }

    /// <summary>
    /// Lets go of the events recorded so far but the last, for an execution whose history nobody
    /// reads (an Express execution behind the API): its memory then stays bounded however many
    /// events it records. Only between steps; ids keep counting.
    /// </summary>
    public void ForgetHistory()
    {
        if (_history.Count > 1)
        {
            _forgottenEvents += _history.Count - 1;
            _history.RemoveRange(0, _history.Count - 1);
        }
    }

    /// <summary>Records an event in a frame's chain.</summary>
    private long Record(Frame frame, HistoryEventType type, EventDetails? details)
    {
        if (frame.Silent)
        {
            return frame.LastEventId;
        }

        var e = Record(type, frame.LastEventId, details);
        frame.LastEventId = e.Id;
        return e.Id;
    }

    /// <summary>Records an event on behalf of a frame with an explicit predecessor, without moving its chain.</summary>
    private long RecordLinked(Frame frame, HistoryEventType type, long previousEventId, EventDetails? details) =>
        frame.Silent ? previousEventId : Record(type, previousEventId, details).Id;

    private void EndExecution(ExecutionStatus status, HistoryEventType type, long previousEventId, EventDetails details, string? error, string? cause)
    {
        var e = Record(type, previousEventId, details);
        Status = status;
        Error = error;
        Cause = cause;
        StopDate = e.Timestamp;
        _ready.Clear();
    }

    /// <summary>
    /// A JSONata state whose evaluation failed records EvaluationFailed before it fails (or
    /// catches). AWS links it to the state's entered event for a Wait state, and to the event
    /// before that for the others; a Map or Parallel state that fails before starting its
    /// children also records its failed event.
    /// </summary>
    private void RecordEvaluationFailed(Frame frame, StatesException e, bool beforeChildren)
    {
        var state = frame.Current;
        if (state.Jsonata is null || e.Error != StatesErrors.QueryEvaluationError || frame.Silent)
        {
            return;
        }

        var previous = state.Type == StateType.Wait || frame.EnteredEventId == 0
            ? frame.EnteredEventId
            : frame.EnteredPreviousEventId;
        var details = new EvaluationFailedEventDetails(e.Error, RuntimeCause(frame, e), e.Location, state.Name);
        frame.LastEventId = Record(HistoryEventType.EvaluationFailed, previous, details).Id;
        if (beforeChildren && state.Type is StateType.Map or StateType.Parallel)
        {
            Record(frame, state.Type == StateType.Map ? HistoryEventType.MapStateFailed : HistoryEventType.ParallelStateFailed, null);
        }
    }

    /// <summary>Runtime errors carry the state and the event it was entered at, as AWS writes them.</summary>
    private static string RuntimeCause(Frame frame, StatesException e) =>
        e.Error is StatesErrors.Runtime or StatesErrors.QueryEvaluationError
            ? $"An error occurred while executing the state '{frame.Current.Name}' (entered at the event id #{frame.EnteredEventId}). {e.Cause}"
            : e.Cause;

    private static HistoryEventType EnteredType(StateType type) => type switch
    {
        StateType.Pass => HistoryEventType.PassStateEntered,
        StateType.Task => HistoryEventType.TaskStateEntered,
        StateType.Choice => HistoryEventType.ChoiceStateEntered,
        StateType.Wait => HistoryEventType.WaitStateEntered,
        StateType.Succeed => HistoryEventType.SucceedStateEntered,
        StateType.Fail => HistoryEventType.FailStateEntered,
        StateType.Parallel => HistoryEventType.ParallelStateEntered,
        _ => HistoryEventType.MapStateEntered,
    };

    private static HistoryEventType ExitedType(StateType type) => type switch
    {
        StateType.Pass => HistoryEventType.PassStateExited,
        StateType.Task => HistoryEventType.TaskStateExited,
        StateType.Choice => HistoryEventType.ChoiceStateExited,
        StateType.Wait => HistoryEventType.WaitStateExited,
        StateType.Succeed => HistoryEventType.SucceedStateExited,
        StateType.Parallel => HistoryEventType.ParallelStateExited,
        _ => HistoryEventType.MapStateExited,
    };

    private JObject BuildExecutionContext()
    {
        var builder = new JObjectBuilder(7);
        builder.Set("Id", new JString(Info.ExecutionArn));
        builder.Set("Input", Info.Input);
        builder.Set("StartTime", new JString(TimeFormat.Iso(Info.StartTime)));
        builder.Set("Name", new JString(Info.Name));
        builder.Set("RoleArn", new JString(Info.RoleArn));
        if (!Info.IsExpress)
        {
            // Express executions cannot be redriven and have no RedriveCount.
            builder.Set("RedriveCount", JNumber.From(RedriveCount));
            if (RedriveDate is { } redriven)
            {
                builder.Set("RedriveTime", new JString(TimeFormat.Iso(redriven)));
            }
        }

        return builder.Build();
    }

    internal JValue BuildContextObject(Frame frame)
    {
        _executionContext ??= BuildExecutionContext();
        var builder = new JObjectBuilder(5);
        builder.Set("Execution", _executionContext);
        builder.Set("StateMachine", _stateMachineContext ??= JObject.Create(("Id", new JString(Info.StateMachineArn)), ("Name", new JString(Info.StateMachineName))));
        // RetryCount is only reported by the states that can retry.
        builder.Set("State", frame.Current.Type is StateType.Task or StateType.Parallel or StateType.Map
            ? JObject.Create(
                ("EnteredTime", new JString(TimeFormat.Iso(frame.EnteredTime))),
                ("Name", new JString(frame.Current.Name)),
                ("RetryCount", JNumber.From(frame.RetryCount)))
            : JObject.Create(
                ("EnteredTime", new JString(TimeFormat.Iso(frame.EnteredTime))),
                ("Name", new JString(frame.Current.Name))));
        if (frame.TaskToken is not null)
        {
            builder.Set("Task", JObject.Create(("Token", new JString(frame.TaskToken))));
        }

        if (frame.MapItemValue is not null)
        {
            builder.Set("Map", JObject.Create(("Item", JObject.Create(("Index", JNumber.From(frame.Index)), ("Value", frame.MapItemValue)))));
        }

        return builder.Build();
    }
}
