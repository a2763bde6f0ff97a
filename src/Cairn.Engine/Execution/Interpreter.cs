using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// Runs one execution of a compiled state machine as a pure step: the host feeds it inputs
/// (start, task outcomes, timer firings) and it appends history events and returns the commands
/// to carry out (invoke a task, start a timer). Synchronous states run in a tight loop until every
/// thread of the execution waits on something. Time and randomness come from the injected clock
/// and entropy source. Not thread-safe: one caller at a time.
/// </summary>
public sealed partial class Interpreter
{
    private readonly StateMachine _machine;
    private readonly TimeProvider _clock;
    private readonly List<HistoryEvent> _history = new();
    private readonly Queue<Frame> _ready = new();
    private readonly List<ExecutionCommand> _commands = new();
    private readonly Dictionary<long, Frame> _pending = new();
    private readonly Dictionary<string, int> _invocations = new(StringComparer.Ordinal);
    private Frame? _root;
    private long _nextCommandId = 1;
    private long _timeoutTimerId;
    private JObject? _executionContext;
    private JObject? _stateMachineContext;

    public Interpreter(StateMachine machine, ExecutionInfo info, TimeProvider clock, IEntropySource entropy)
    {
        _machine = machine;
        Info = info;
        _clock = clock;
        Entropy = entropy;
    }

    public ExecutionInfo Info { get; }

    public IEntropySource Entropy { get; }

    internal TimeProvider Clock => _clock;

    public ExecutionStatus Status { get; private set; } = ExecutionStatus.RUNNING;

    public JValue? Output { get; private set; }

    public string? Error { get; private set; }

    public string? Cause { get; private set; }

    public DateTimeOffset? StopDate { get; private set; }

    public IReadOnlyList<HistoryEvent> History => _history;

    /// <summary>Raised for each event as it is appended (progress display, persistence).</summary>
    public event Action<HistoryEvent>? EventRecorded;

    /// <summary>Records ExecutionStarted and runs until the execution waits or ends.</summary>
    public IReadOnlyList<ExecutionCommand> Start()
    {
        Record(HistoryEventType.ExecutionStarted, 0, new ExecutionStartedEventDetails(Info.Input, Info.InputText, Info.RoleArn), Info.StartTime);
        if (_machine.TimeoutSeconds is { } timeout)
        {
            _timeoutTimerId = NextId();
            _commands.Add(new ExecutionCommand.StartTimer(_timeoutTimerId, Info.StartTime.AddSeconds(timeout)));
        }

        // AWS links the first state's entry to nothing (previousEventId 0), not to ExecutionStarted.
        _root = new Frame(this, _machine, Info.Input, new VariableScope(), 0, null, 0);
        _ready.Enqueue(_root);
        return RunReady();
    }

    /// <summary>Reports a task's outcome and runs until the execution waits or ends.</summary>
    public IReadOnlyList<ExecutionCommand> CompleteTask(long id, Tasks.TaskResult result)
    {
        if (Status == ExecutionStatus.RUNNING && _pending.Remove(id, out var frame) && frame.Phase == FramePhase.WaitingForTask)
        {
            OnTaskCompleted(frame, result);
        }

        return RunReady();
    }

    /// <summary>Reports that a timer is due and runs until the execution waits or ends.</summary>
    public IReadOnlyList<ExecutionCommand> FireTimer(long id)
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
    public void Abort(string? error, string? cause)
    {
        if (Status != ExecutionStatus.RUNNING)
        {
            return;
        }

        EndExecution(ExecutionStatus.ABORTED, HistoryEventType.ExecutionAborted, LastEventId(), new ErrorEventDetails("executionAbortedEventDetails", error, cause), error, cause);
    }

    private IReadOnlyList<ExecutionCommand> RunReady()
    {
        while (Status == ExecutionStatus.RUNNING && _ready.TryDequeue(out var frame))
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

    private long NextId() => _nextCommandId++;

    private long LastEventId() => _history.Count == 0 ? 0 : _history[^1].Id;

    private HistoryEvent Record(HistoryEventType type, long previousEventId, EventDetails? details, DateTimeOffset? timestamp = null)
    {
        var e = new HistoryEvent(_history.Count + 1, previousEventId, timestamp ?? _clock.GetUtcNow(), type, details);
        _history.Add(e);
        EventRecorded?.Invoke(e);
        return e;
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
