using Cairn.Asl;
using Cairn.Engine.History;

namespace Cairn.Engine.Execution;

/// <summary>
/// Redriving a Map Run: when a redriven execution resumes a distributed Map state whose Map Run
/// failed or was aborted, that Map Run (same ARN, same start date) runs again. MapRunRedriven
/// follows ExecutionRedriven; the iterations that succeeded keep their results, those that failed or
/// were aborted wait to be redriven and start, from their first state, as the Map's concurrency
/// allows, before the items not started yet. The Map Run's end links to its latest redrive.
/// </summary>
public sealed partial class Interpreter
{
    private void RedriveMapRun(Join join)
    {
        var run = join.Run!;
        if (run.RedriveCount >= MapRun.MaxRedrives)
        {
            FailMapRunRedrive(join);
            return;
        }

        ResumeParent(join);
        run.Redrive(_clock.GetUtcNow());
        var redrivenId = Record(join.Parent, HistoryEventType.MapRunRedriven, new MapRunRedrivenEventDetails(run.Arn, run.RedriveCount));
        join.MapRunStartedId = redrivenId;
        join.Cursor = redrivenId;
        join.FailedCount = 0;
        join.Running = 0;
        join.Remaining = join.Items!.Count - join.SucceededCount;
        foreach (var child in join.Children)
        {
            // Iterations that failed, tolerated or not, stay Failed; any other unfinished one was aborted.
            if (child.Phase != FramePhase.Done)
            {
                run.QueueRedrive(child.Index, failed: child.Phase == FramePhase.Failed);
            }
        }

        StartIterationsUpToConcurrency(join);

        if (join.Remaining == 0)
        {
            CompleteJoin(join, redrivenId);
        }
    }

    /// <summary>A Map Run redriven as many times as allowed is not redriven again: its Map state fails with States.Runtime.</summary>
    private void FailMapRunRedrive(Join join)
    {
        var parent = join.Parent;
        parent.FailedJoin = null;
        parent.ActiveJoin = null;
        parent.Phase = FramePhase.Enter;
        Record(parent, HistoryEventType.MapStateFailed, null);
        CatchOrFail(parent, StatesErrors.Runtime, $"The Map Run '{join.Run!.Arn}' has been redriven {MapRun.MaxRedrives} times, the most a Map Run can be redriven.");
        if (parent.Phase == FramePhase.Enter && Status == ExecutionStatus.RUNNING)
        {
            _ready.Enqueue(parent);
        }
    }
}
