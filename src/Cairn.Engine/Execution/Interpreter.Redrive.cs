using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// Redriving an execution that failed, was aborted or timed out: ExecutionRedriven, then the run
/// continues from the states that did not finish. Successful states are not run again; inside a
/// Parallel or inline Map state only the branches and iterations that failed or were aborted start
/// over, the others keep their results. A distributed Map state whose Map Run failed or was aborted
/// redrives that Map Run (MapRunRedriven): the same Map Run runs again its iterations that failed or
/// were aborted, and those not started yet (MapRunRedriven follows ExecutionRedriven; the
/// iterations that succeeded keep their results; the Map Run's end links to its latest redrive).
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>Records ExecutionRedriven and runs the unfinished states again until the execution waits or ends.</summary>
    private IReadOnlyList<ExecutionCommand> Redrive()
    {
        if (!IsRedrivable)
        {
            return Array.Empty<ExecutionCommand>();
        }

        // Map Runs cut short by the end of the execution were aborted; those whose Map state resumes are redriven below.
        foreach (var join in _mapRuns)
        {
            if (join.Run is { Status: MapRun.Running } run)
            {
                run.Status = MapRun.Aborted;
                run.StopDate ??= StopDate;
            }
        }

        _redrives++;
        _executionContext = null;
        var redriven = Record(HistoryEventType.ExecutionRedriven, LastEventId(), new ExecutionRedrivenEventDetails(RedriveCount));
        RedriveDate = redriven.Timestamp;
        Status = ExecutionStatus.RUNNING;
        Output = null;
        Error = null;
        Cause = null;
        StopDate = null;
        if (_machine.TimeoutSeconds is { } timeout)
        {
            _timeoutTimerId = NextId();
            _commands.Add(new ExecutionCommand.StartTimer(_timeoutTimerId, redriven.Timestamp.AddSeconds(timeout)));
        }

        Reactivate(_root!, redriven.Id);
        return RunReady();
    }

    /// <summary>Puts a frame that did not finish back to work: its Parallel or Map state resumes, any other state is entered again.</summary>
    private void Reactivate(Frame frame, long previousEventId)
    {
        frame.LastEventId = previousEventId;
        switch (frame.Phase)
        {
            case FramePhase.Done:
                return;
            case FramePhase.Failed when frame.FailedJoin is { Run: null } failed && failed.State == frame.Current:
                Resume(failed, previousEventId);
                return;
            case FramePhase.WaitingForChildren when frame.ActiveJoin is { Run: null } active:
                Resume(active, previousEventId);
                return;
            case FramePhase.Failed when frame.FailedJoin is { Run: not null } failed && failed.State == frame.Current:
                RedriveMapRun(failed);
                return;
            case FramePhase.WaitingForChildren when frame.ActiveJoin is { Run: not null } active:
                RedriveMapRun(active);
                return;
            default:
                frame.MoveTo(frame.Current, frame.Input);
                _ready.Enqueue(frame);
                return;
        }
    }

    /// <summary>
    /// Starts the failed and aborted branches or iterations of a Parallel or inline Map state over;
    /// those that succeeded keep their results, those not yet started start as usual.
    /// </summary>
    private void Resume(Join join, long previousEventId)
    {
        ResumeParent(join);
        join.Cursor = previousEventId;
        join.Running = 0;
        for (var i = 0; i < join.Children.Count; i++)
        {
            var old = join.Children[i];
            if (old.Phase == FramePhase.Done)
            {
                continue;
            }

            var child = join.State is MapState
                ? NewIteration(join, old.Index)
                : new Frame(this, old.Machine, old.StartInput, new VariableScope(join.Parent.Variables), previousEventId, join, old.Index) { Silent = old.Silent };
            join.Children[i] = child;
            join.Running++;
            _ready.Enqueue(child);
        }

        while (join.State is MapState && join.Started < join.Items!.Count && join.Running < join.MaxConcurrency)
        {
            StartIteration(join);
        }
    }

    /// <summary>The Parallel or Map state waits for its children again, with its retries counted afresh.</summary>
    private static void ResumeParent(Join join)
    {
        var parent = join.Parent;
        parent.FailedJoin = null;
        parent.ActiveJoin = join;
        parent.Phase = FramePhase.WaitingForChildren;
        parent.RetrierAttempts = null;
        parent.RetryCount = 0;
        parent.InvalidateContext();
        join.Failed = false;
    }

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
