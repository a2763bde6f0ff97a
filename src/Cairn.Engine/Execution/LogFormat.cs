namespace Cairn.Engine.Execution;

/// <summary>
/// The format of an execution's log: how its inputs are written and the rules its steps were taken
/// by. Every execution records the format it was started with and keeps it for life (also after an
/// upgrade), so a later build replays it as it was written. A change that would make an old log
/// replay differently (other events, other commands) must keep the old behaviour for the old
/// formats and raise <see cref="Current"/>; the golden logs in the tests check this.
/// </summary>
public static class LogFormat
{
    /// <summary>Logs written before the format was recorded: inputs carry no missing activities (every activity is taken to exist).</summary>
    public const int Unversioned = 1;

    /// <summary>Inputs carry the activities missing when their step ran (<see cref="InterpreterInput.MissingActivities"/>).</summary>
    public const int MissingActivities = 2;

    /// <summary>
    /// A Map starts its iterations (up to MaxConcurrency) before any enters its first state, and an
    /// iteration that fails aborts those still running (MapIterationAborted, and the state each
    /// was in), and the Task whose failure ends a Map iteration is recorded as aborted after it
    /// (as a Parallel branch's already was). Before, an iteration began as it was first run and the
    /// others ended silently.
    /// </summary>
    public const int ConcurrentMapIterations = 3;

    /// <summary>
    /// AWS's limits apply (<see cref="Asl.ServiceLimits"/>: payload sizes, 25,000 history events),
    /// and a step yields after <see cref="Interpreter.StepStateBudget"/> states or
    /// <see cref="Interpreter.StepPayloadBudget"/> bytes of state output, to be continued by a
    /// logged Continue input. Older logs replay without limits and without yields, as they were taken.
    /// </summary>
    public const int ServiceLimits = 4;

    /// <summary>
    /// A distributed Map's MapStateExited links to its MapRunStarted (the MapStateSucceeded still
    /// follows MapRunSucceeded), as AWS records it since late 2024. Before, the exit linked to
    /// MapRunSucceeded like the success event.
    /// </summary>
    public const int MapExitAfterMapRunStart = 5;

    /// <summary>The format this build writes.</summary>
    public const int Current = MapExitAfterMapRunStart;

    /// <summary>Whether this build can replay logs of <paramref name="format"/>.</summary>
    public static bool IsKnown(int format) => format is >= Unversioned and <= Current;
}
