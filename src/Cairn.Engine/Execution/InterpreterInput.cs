using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// One input that moves an execution: what <see cref="Interpreter.Apply"/> takes, logged next to
/// the events it produced. It carries every answer the step needs from outside (the time, a task's
/// outcome, the activities that do not exist), and the interpreter is deterministic given its
/// inputs and its entropy seed, so applying the logged inputs in order (each at its
/// <see cref="Time"/>) rebuilds the execution exactly.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Time">The clock reading the step runs at.</param>
/// <param name="CommandId">The task or timer the input answers.</param>
/// <param name="Output">A task's result or submission answer (JSON text); for ActivityStarted the worker name as a JSON string; for UpdateMapRun the request (<see cref="MapRunUpdate"/>); for Redrive the client token as a JSON string.</param>
/// <param name="Error">A task's error, or a stop's error.</param>
/// <param name="Cause">A task's cause, or a stop's cause.</param>
/// <param name="MissingActivities">
/// The activities named by the machine's Task states that did not exist when the step ran (null:
/// none missing): a step that schedules a task of one fails it with States.Runtime. Looked up by
/// the host before the step, so that a replay gets the same answers even if activities were
/// created or deleted since.
/// </param>
public sealed record InterpreterInput(
    InterpreterInputKind Kind,
    DateTimeOffset Time,
    long CommandId = 0,
    string? Output = null,
    string? Error = null,
    string? Cause = null,
    IReadOnlyList<string>? MissingActivities = null)
{
    public static InterpreterInput Start(DateTimeOffset time) => new(InterpreterInputKind.Start, time);

    public static InterpreterInput TaskCompleted(DateTimeOffset time, long id, TaskResult result) => result switch
    {
        TaskResult.Succeeded s => new(InterpreterInputKind.TaskSucceeded, time, id, Output: s.Output.ToJson()),
        TaskResult.Failed f => new(InterpreterInputKind.TaskFailed, time, id, Error: f.Error, Cause: f.Cause),
        TaskResult.Submitted s => new(InterpreterInputKind.TaskSubmitted, time, id, Output: s.Output.ToJson()),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    public static InterpreterInput TaskSubmitted(DateTimeOffset time, long id, JValue output) => new(InterpreterInputKind.TaskSubmitted, time, id, Output: output.ToJson());

    public static InterpreterInput TimerFired(DateTimeOffset time, long id) => new(InterpreterInputKind.TimerFired, time, id);

    public static InterpreterInput Heartbeat(DateTimeOffset time, long id) => new(InterpreterInputKind.TaskHeartbeat, time, id);

    public static InterpreterInput ActivityStarted(DateTimeOffset time, long id, string? workerName) =>
        new(InterpreterInputKind.ActivityStarted, time, id, Output: workerName is null ? null : new JString(workerName).ToJson());

    public static InterpreterInput Redrive(DateTimeOffset time, string? clientToken) =>
        new(InterpreterInputKind.Redrive, time, Output: clientToken is null ? null : new JString(clientToken).ToJson());

    public static InterpreterInput UpdateMapRun(DateTimeOffset time, MapRunUpdate update) => new(InterpreterInputKind.UpdateMapRun, time, Output: update.ToJson());

    public static InterpreterInput Stop(DateTimeOffset time, string? error, string? cause) => new(InterpreterInputKind.Stop, time, Error: error, Cause: cause);

    /// <summary>For a Redrive input: the client token it was asked with.</summary>
    public string? ClientToken => Kind == InterpreterInputKind.Redrive && Output is not null ? ((JString)JValue.Parse(Output)).Value : null;

    /// <summary>For an ActivityStarted input: the worker's name.</summary>
    public string? WorkerName => Kind == InterpreterInputKind.ActivityStarted && Output is not null ? ((JString)JValue.Parse(Output)).Value : null;

    /// <summary>For TaskSucceeded and TaskSubmitted inputs: the task's output.</summary>
    public JValue TaskOutput => JValue.Parse(Output ?? "null");

    /// <summary>Whether a step of this input answers the timer or task it names: it is no longer outstanding afterwards.</summary>
    public bool Answers => Kind is InterpreterInputKind.TaskSucceeded or InterpreterInputKind.TaskFailed or InterpreterInputKind.TimerFired or InterpreterInputKind.ActivityStarted;
}
