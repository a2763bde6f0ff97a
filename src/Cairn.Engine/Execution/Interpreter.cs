using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// Runs one execution of a compiled state machine as a pure step: <see cref="Apply"/> takes one
/// input (a start, a task outcome, a timer firing, a stop, ...) and returns one
/// <see cref="StepResult"/> (the history events to append and the commands to carry out).
/// Synchronous states run in a tight loop until every thread of the execution waits on something.
/// Time and randomness come from the injected clock and entropy source, every other answer from
/// the input. Not thread-safe: one caller at a time.
/// </summary>
/// <remarks>
/// All of the interpreter's state is declared in this file. Where things happen:
/// <c>Interpreter.Apply.cs</c> — a step begins and ends; <c>.States.cs</c> — the state loop;
/// <c>.Tasks.cs</c> — Task states, task tokens, activities; <c>.TaskTimeouts.cs</c> — TimeoutSeconds
/// and HeartbeatSeconds; <c>.Errors.cs</c> — Retry, Catch, the end of a frame; <c>.Waits.cs</c> —
/// Wait states and timers; <c>.Branches.cs</c> — Parallel and Map; <c>.MapRuns.cs</c> — distributed
/// Map Runs; <c>.Redrive.cs</c> — RedriveExecution; <c>.History.cs</c> — events and the context object.
/// The stateless rules the states follow (data flow, Choice, Retry/Catch matching, Wait timing, Map
/// limits) live in <c>Execution/States/</c>, shared with TestState.
/// </remarks>
public sealed partial class Interpreter
{
    // What the execution is.
    private readonly StateMachine _machine;
    private readonly TimeProvider _clock;

    // Its history, and the work of the step under way.
    private readonly List<HistoryEvent> _history = new();
    private int _forgottenEvents;
    private readonly Queue<Frame> _ready = new();
    private readonly List<ExecutionCommand> _commands = new();
    private InterpreterInput? _input;

    // What it waits for: tasks and timers by command id, and per task state how often it was invoked.
    private readonly Dictionary<long, Frame> _pending = new();
    private readonly Dictionary<string, int> _invocations = new(StringComparer.Ordinal);
    private Frame? _root;
    private long _nextCommandId = 1;
    private long _timeoutTimerId;

    // Tasks completed from outside: task tokens, TimeoutSeconds and HeartbeatSeconds clocks, activities, submissions.
    private readonly Dictionary<string, long> _tokenTasks = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _taskTokens = new();
    private readonly Dictionary<long, TaskDeadline> _deadlines = new();
    private readonly Dictionary<long, long> _heartbeatTimers = new();
    private readonly Dictionary<long, long> _heartbeatSeconds = new();
    private readonly HashSet<long> _startedActivities = new();
    private readonly Dictionary<long, JValue> _submitted = new();
    private int _issuedTokens;

    // Distributed Maps' runs, and what was last reported of each.
    private readonly List<Join> _mapRuns = new();
    private readonly Dictionary<string, MapRunRecord> _reportedMapRuns = new(StringComparer.Ordinal);

    // Distributed Maps' item reads and result writes under way, by command id.
    private readonly Dictionary<long, Join> _pendingReads = new();
    private readonly Dictionary<long, Join> _pendingWrites = new();

    // Redrives.
    private int _redrives;

    // The limits its log format applies (payload sizes, history length, step budget), and what the
    // step under way has used of its budget.
    private readonly bool _limited;
    private int _stepStates;
    private long _stepPayloadBytes;
    private bool _yielded;

    // The context object's parts that do not change between states.
    private JObject? _executionContext;
    private JObject? _stateMachineContext;

    public Interpreter(StateMachine machine, ExecutionInfo info, TimeProvider clock, IEntropySource entropy)
    {
        _machine = machine;
        Info = info;
        _clock = clock;
        Entropy = entropy;
        _limited = info.LogFormat >= LogFormat.ServiceLimits;
    }

    /// <summary>
    /// States one step enters at most before it yields (<see cref="StepResult.Continues"/>), so that
    /// a long run of synchronous states is committed, and can be stopped, in bounded batches. Part of
    /// <see cref="LogFormat.ServiceLimits"/>: a change needs a new log format.
    /// </summary>
    public const int StepStateBudget = 1_000;

    /// <summary>Bytes of state output (JSON text) one step produces at most before it yields. Part of <see cref="LogFormat.ServiceLimits"/>.</summary>
    public const long StepPayloadBudget = 8L * 1024 * 1024;

    public ExecutionInfo Info { get; }

    public IEntropySource Entropy { get; }

    internal TimeProvider Clock => _clock;

    /// <summary>The compiled machine the execution runs.</summary>
    internal StateMachine Machine => _machine;

    public ExecutionStatus Status { get; private set; } = ExecutionStatus.RUNNING;

    public JValue? Output { get; private set; }

    public string? Error { get; private set; }

    public string? Cause { get; private set; }

    public DateTimeOffset? StopDate { get; private set; }

    /// <summary>Every event recorded so far, in order (since the last <see cref="ForgetHistory"/>, if any).</summary>
    public IReadOnlyList<HistoryEvent> History => _history;

    /// <summary>How many events the execution has recorded, also those forgotten.</summary>
    public int EventCount => _forgottenEvents + _history.Count;

    /// <summary>How many times the execution has been redriven.</summary>
    public int RedriveCount => Info.RedriveCount + _redrives;

    /// <summary>When the execution was last redriven.</summary>
    public DateTimeOffset? RedriveDate { get; private set; }

    /// <summary>Whether a Redrive input would continue the execution: it ended unsuccessfully after a state had run.</summary>
    public bool IsRedrivable =>
        !Info.IsExpress
        && Status is ExecutionStatus.FAILED or ExecutionStatus.ABORTED or ExecutionStatus.TIMED_OUT
        && _root is not null;

    /// <summary>The task that waits for <paramref name="token"/>, if one still does.</summary>
    public long? WaitingTask(string token) =>
        Status == ExecutionStatus.RUNNING && _tokenTasks.TryGetValue(token, out var id) && _pending.TryGetValue(id, out var frame) && frame.Phase == FramePhase.WaitingForTask
            ? id
            : null;

    /// <summary>Whether <paramref name="taskId"/> is an activity task that waits for a worker.</summary>
    public bool IsActivityWaitingForWorker(long taskId) =>
        Status == ExecutionStatus.RUNNING && _pending.TryGetValue(taskId, out var frame) && frame.Phase == FramePhase.WaitingForTask
        && frame.Current is TaskState task && States.TaskResource.IsActivity(task.Resource) && !_startedActivities.Contains(taskId);

    /// <summary>Whether <paramref name="taskId"/> is a task with a token (<c>.waitForTaskToken</c>, <c>.sync</c>) still waiting for its integration's answer (its TaskSubmitted).</summary>
    public bool AwaitsSubmission(long taskId) =>
        Status == ExecutionStatus.RUNNING && _pending.TryGetValue(taskId, out var frame) && frame.Phase == FramePhase.WaitingForTask
        && frame.Current is TaskState task && HasTaskToken(task) && !_submitted.ContainsKey(taskId);

    /// <summary>What a task still pending reported when it was submitted (null when it was not).</summary>
    public JValue? SubmittedOutput(long id) =>
        _pending.ContainsKey(id) && _submitted.TryGetValue(id, out var output) ? output : null;

    /// <summary>Whether this execution has a running Map Run with that ARN.</summary>
    public bool IsMapRunRunning(string mapRunArn) => RunningMapRun(mapRunArn) is not null;

    private readonly record struct TaskDeadline(long TaskId, bool Heartbeat);
}
