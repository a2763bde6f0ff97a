using Cairn.Engine.Execution;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Storage;

/// <summary>What an input to the interpreter is: a start, a task outcome (or a task's submission), a timer firing or a stop.</summary>
public enum InterpreterInputKind
{
    Start = 1,
    TaskSucceeded = 2,
    TaskFailed = 3,
    TimerFired = 4,
    Stop = 5,
    TaskSubmitted = 6,
    TaskHeartbeat = 7,
    ActivityStarted = 8,
    UpdateMapRun = 9,
    Redrive = 10,
}

/// <summary>
/// One input that moved an execution, as logged next to the events it produced. The interpreter is
/// deterministic given its inputs, the time of each step and its entropy seed, so applying the
/// logged inputs in order (each at its <see cref="Time"/>) rebuilds the execution exactly.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Time">The clock reading the step ran at.</param>
/// <param name="CommandId">The task or timer the input answers.</param>
/// <param name="Output">A task's result or submission answer (JSON text); for ActivityStarted the worker name as a JSON string; for UpdateMapRun the request (<see cref="MapRunUpdate"/>); for Redrive the client token as a JSON string.</param>
/// <param name="Error">A task's error, or a stop's error.</param>
/// <param name="Cause">A task's cause, or a stop's cause.</param>
public sealed record InterpreterInput(InterpreterInputKind Kind, DateTimeOffset Time, long CommandId = 0, string? Output = null, string? Error = null, string? Cause = null)
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

    /// <summary>For a Redrive input: the client token it was asked with.</summary>
    public string? ClientToken => Kind == InterpreterInputKind.Redrive && Output is not null ? ((JString)JValue.Parse(Output)).Value : null;

    public static InterpreterInput UpdateMapRun(DateTimeOffset time, MapRunUpdate update) => new(InterpreterInputKind.UpdateMapRun, time, Output: update.ToJson());

    public static InterpreterInput Stop(DateTimeOffset time, string? error, string? cause) => new(InterpreterInputKind.Stop, time, Error: error, Cause: cause);

    /// <summary>Applies this input to the interpreter (whose clock must read <see cref="Time"/>) and returns the commands it asks for.</summary>
    public IReadOnlyList<ExecutionCommand> ApplyTo(Interpreter interpreter)
    {
        switch (Kind)
        {
            case InterpreterInputKind.Start:
                return interpreter.Start();
            case InterpreterInputKind.TaskSucceeded:
                return interpreter.CompleteTask(CommandId, TaskResult.Success(JValue.Parse(Output ?? "null")));
            case InterpreterInputKind.TaskFailed:
                return interpreter.CompleteTask(CommandId, TaskResult.Failure(Error ?? string.Empty, Cause));
            case InterpreterInputKind.TimerFired:
                return interpreter.FireTimer(CommandId);
            case InterpreterInputKind.TaskSubmitted:
                return interpreter.SubmitTask(CommandId, JValue.Parse(Output ?? "null"));
            case InterpreterInputKind.TaskHeartbeat:
                return interpreter.Heartbeat(CommandId);
            case InterpreterInputKind.ActivityStarted:
                return interpreter.StartActivity(CommandId, Output is null ? null : ((JString)JValue.Parse(Output)).Value);
            case InterpreterInputKind.UpdateMapRun:
                var update = MapRunUpdate.FromJson(Output ?? "{}");
                return interpreter.UpdateMapRun(update.MapRunArn, update.MaxConcurrency, update.ToleratedFailureCount, update.ToleratedFailurePercentage);
            case InterpreterInputKind.Redrive:
                return interpreter.Redrive();
            case InterpreterInputKind.Stop:
                interpreter.Abort(Error, Cause);
                return Array.Empty<ExecutionCommand>();
            default:
                throw new InvalidOperationException($"Unknown interpreter input kind {Kind}");
        }
    }
}
