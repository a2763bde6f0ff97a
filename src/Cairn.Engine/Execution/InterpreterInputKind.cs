namespace Cairn.Engine.Execution;

/// <summary>What an input to the interpreter is: a start, a task outcome (or a task's submission), a timer firing or a stop.</summary>
/// <remarks>The numbers are stored in execution logs: never renumber them.</remarks>
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
