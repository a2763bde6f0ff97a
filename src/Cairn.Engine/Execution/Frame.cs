using System.Diagnostics.CodeAnalysis;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// One thread of control inside an execution: the top level, a Parallel branch or a Map
/// iteration. It is also the data scope its states evaluate in (context object and variables),
/// so evaluating a state allocates no scope object.
/// </summary>
internal sealed class Frame : IDataScope
{
    private readonly Interpreter _interpreter;
    private JValue? _contextObject;

    public Frame(Interpreter interpreter, StateMachine machine, JValue input, VariableScope scope, long lastEventId, Join? owner, int index)
    {
        _interpreter = interpreter;
        Machine = machine;
        Current = machine.StartState;
        Input = input;
        Variables = scope;
        LastEventId = lastEventId;
        Owner = owner;
        Index = index;
        StartInput = input;
    }

    public StateMachine Machine { get; }

    public State Current { get; private set; }

    /// <summary>The input this frame began with (a Parallel branch's input, restarted by a redrive).</summary>
    public JValue StartInput { get; }

    /// <summary>The raw input of the current state.</summary>
    public JValue Input { get; set; }

    public VariableScope Variables { get; }

    /// <summary>The id of the last event this frame recorded; the next event's previousEventId.</summary>
    public long LastEventId { get; set; }

    /// <summary>The Parallel or Map state this frame is a branch or iteration of (null at the top level).</summary>
    public Join? Owner { get; }

    /// <summary>Branch or iteration index within <see cref="Owner"/>.</summary>
    public int Index { get; }

    /// <summary>For Map iterations: the item being processed.</summary>
    public JValue? MapItemValue { get; init; }

    /// <summary>For Map iterations: the iteration's input (after ItemSelector).</summary>
    public JValue? IterationInput { get; set; }

    public FramePhase Phase { get; set; } = FramePhase.Enter;

    /// <summary>
    /// True inside a distributed Map: its iterations run as child executions whose events are
    /// not part of this execution's history.
    /// </summary>
    public bool Silent { get; init; }

    public long EnteredEventId { get; set; }

    /// <summary>The event the current state's entered event follows.</summary>
    public long EnteredPreviousEventId { get; set; }

    public DateTimeOffset EnteredTime { get; set; }

    /// <summary>The effective input of the current Task or Map state (after InputPath, before Parameters), kept for retries and items.</summary>
    public JValue EffectiveInput { get; set; } = JNull.Instance;

    /// <summary>Retry attempts made so far for the current state, per retrier.</summary>
    public int[]? RetrierAttempts { get; set; }

    public int RetryCount { get; set; }

    /// <summary>The Parallel/Map state running in this frame, while its children run.</summary>
    public Join? ActiveJoin { get; set; }

    /// <summary>The Parallel or Map state whose failed branch or iteration failed this frame; a redrive resumes it.</summary>
    public Join? FailedJoin { get; set; }

    /// <summary>Pending task or timer id.</summary>
    public long PendingId { get; set; }

    public string? TaskToken { get; set; }

    public JValue? Output { get; set; }

    /// <summary>Assignments evaluated when a Wait state was entered, made when it exits.</summary>
    public JObject? PendingAssign { get; set; }

    public string? Error { get; set; }

    public string? Cause { get; set; }

    public JValue ContextObject => _contextObject ??= _interpreter.BuildContextObject(this);

    public IEntropySource Entropy => _interpreter.Entropy;

    public TimeProvider Clock => _interpreter.Clock;

    public bool TryGetVariable(string name, [NotNullWhen(true)] out JValue? value) => Variables.TryGet(name, out value);

    public void MoveTo(State state, JValue input)
    {
        Current = state;
        Input = input;
        Phase = FramePhase.Enter;
        RetrierAttempts = null;
        RetryCount = 0;
        TaskToken = null;
        FailedJoin = null;
        _contextObject = null;
    }

    /// <summary>Forgets the cached context object (the retry count or task token changed).</summary>
    public void InvalidateContext() => _contextObject = null;
}

internal enum FramePhase
{
    BeginIteration,
    Enter,
    WaitingForTask,
    WaitingForTimer,
    WaitingForRetry,
    WaitingForChildren,
    Done,
    Failed,
    Aborted,
}
