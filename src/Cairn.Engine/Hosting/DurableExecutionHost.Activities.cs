using Cairn.Engine.History;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Whether the activities that Task states name exist: an execution scheduling a task of an
/// activity that does not exist fails with States.Runtime (see <see cref="Execution.Interpreter.ActivityExists"/>).
/// </summary>
public sealed partial class DurableExecutionHost
{
    /// <summary>Whether an activity ARN names an activity (the server answers from its activity store); null when every activity is taken to exist.</summary>
    public Func<string, bool>? ActivityExists { get; set; }

    /// <summary>New steps of a live execution ask <see cref="ActivityExists"/>.</summary>
    private void CheckActivitiesNow(LiveExecution live) => live.Interpreter.ActivityExists = ActivityExists;

    /// <summary>
    /// While an execution is rebuilt from its inputs it gets the answers it had, read from its
    /// stored history rather than from the activities as they are now (one may have been deleted
    /// since): an activity existed exactly when the event recorded next is its ActivityScheduled.
    /// </summary>
    private void CheckActivitiesAsRecorded(LiveExecution live)
    {
        if (ActivityExists is null)
        {
            live.Interpreter.ActivityExists = null;
            return;
        }

        var interpreter = live.Interpreter;
        var scheduled = nameof(HistoryEventType.ActivityScheduled);
        interpreter.ActivityExists = _ =>
        {
            var next = _executions.GetEvents(live.Arn, interpreter.History.Count, 1, reverse: false);
            return next.Count == 0 || next[0].Type == scheduled;
        };
    }
}
