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

    /// <summary>The format this build writes.</summary>
    public const int Current = ConcurrentMapIterations;

    /// <summary>Whether this build can replay logs of <paramref name="format"/>.</summary>
    public static bool IsKnown(int format) => format is >= Unversioned and <= Current;
}
