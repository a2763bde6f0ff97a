using Cairn.Engine.Execution;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Storage;

/// <summary>What an input to the interpreter is: a start, a task outcome, a timer firing or a stop.</summary>
public enum InterpreterInputKind
{
    Start = 1,
    TaskSucceeded = 2,
    TaskFailed = 3,
    TimerFired = 4,
    Stop = 5,
}

/// <summary>
/// One input that moved an execution, as logged next to the events it produced. The interpreter is
/// deterministic given its inputs, the time of each step and its entropy seed, so applying the
/// logged inputs in order (each at its <see cref="Time"/>) rebuilds the execution exactly.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Time">The clock reading the step ran at.</param>
/// <param name="CommandId">The task or timer the input answers.</param>
/// <param name="Output">A task's result (JSON text).</param>
/// <param name="Error">A task's error, or a stop's error.</param>
/// <param name="Cause">A task's cause, or a stop's cause.</param>
public sealed record InterpreterInput(InterpreterInputKind Kind, DateTimeOffset Time, long CommandId = 0, string? Output = null, string? Error = null, string? Cause = null)
{
    public static InterpreterInput Start(DateTimeOffset time) => new(InterpreterInputKind.Start, time);

    public static InterpreterInput TaskCompleted(DateTimeOffset time, long id, TaskResult result) => result switch
    {
        TaskResult.Succeeded s => new(InterpreterInputKind.TaskSucceeded, time, id, Output: s.Output.ToJson()),
        TaskResult.Failed f => new(InterpreterInputKind.TaskFailed, time, id, Error: f.Error, Cause: f.Cause),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    public static InterpreterInput TimerFired(DateTimeOffset time, long id) => new(InterpreterInputKind.TimerFired, time, id);

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
            case InterpreterInputKind.Stop:
                interpreter.Abort(Error, Cause);
                return Array.Empty<ExecutionCommand>();
            default:
                throw new InvalidOperationException($"Unknown interpreter input kind {Kind}");
        }
    }
}
