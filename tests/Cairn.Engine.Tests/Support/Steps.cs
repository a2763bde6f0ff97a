using Cairn.Engine.Execution;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Support;

/// <summary>One step of an interpreter per call, through <see cref="Interpreter.Apply"/>, at the time of its last event.</summary>
internal static class Steps
{
    public static IReadOnlyList<ExecutionCommand> Start(this Interpreter interpreter, IReadOnlyList<string>? missingActivities = null) =>
        interpreter.Apply(InterpreterInput.Start(Now(interpreter)) with { MissingActivities = missingActivities }).Commands;

    public static IReadOnlyList<ExecutionCommand> CompleteTask(this Interpreter interpreter, long id, TaskResult result) =>
        interpreter.Apply(InterpreterInput.TaskCompleted(Now(interpreter), id, result)).Commands;

    public static IReadOnlyList<ExecutionCommand> SubmitTask(this Interpreter interpreter, long id, JValue output) =>
        interpreter.Apply(InterpreterInput.TaskSubmitted(Now(interpreter), id, output)).Commands;

    public static IReadOnlyList<ExecutionCommand> FireTimer(this Interpreter interpreter, long id) =>
        interpreter.Apply(InterpreterInput.TimerFired(Now(interpreter), id)).Commands;

    public static IReadOnlyList<ExecutionCommand> Heartbeat(this Interpreter interpreter, long id) =>
        interpreter.Apply(InterpreterInput.Heartbeat(Now(interpreter), id)).Commands;

    public static IReadOnlyList<ExecutionCommand> StartActivity(this Interpreter interpreter, long id, string? workerName) =>
        interpreter.Apply(InterpreterInput.ActivityStarted(Now(interpreter), id, workerName)).Commands;

    public static StepResult Abort(this Interpreter interpreter, string? error, string? cause) =>
        interpreter.Apply(InterpreterInput.Stop(Now(interpreter), error, cause));

    private static DateTimeOffset Now(Interpreter interpreter) =>
        interpreter.History.Count > 0 ? interpreter.History[^1].Timestamp : interpreter.Info.StartTime;
}
