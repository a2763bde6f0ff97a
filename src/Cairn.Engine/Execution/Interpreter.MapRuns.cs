using Cairn.Asl.Model;
using Cairn.Engine.Arns;

namespace Cairn.Engine.Execution;

/// <summary>
/// Map Runs: the state of each distributed Map's run (status, limits, item counts), reported to the
/// host after each step, and UpdateMapRun, which changes a running Map Run's limits.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>
    /// The Map Runs started or changed since the last call (the last step), in their current state,
    /// and their child executions started or changed (<paramref name="children"/>, null when none).
    /// </summary>
    private IReadOnlyList<MapRunRecord> TakeMapRunChanges(out List<MapRunExecutionRecord>? children)
    {
        children = null;
        List<MapRunRecord>? changed = null;
        foreach (var join in _mapRuns)
        {
            var run = join.Run!;

            // An ended Map Run changes no more, unless a redrive runs it again (and it may end again in the same step).
            if (_reportedMapRuns.TryGetValue(run.Arn, out var reported) && reported.Status != MapRun.Running && run.Status != MapRun.Running
                && reported.RedriveCount == run.RedriveCount)
            {
                continue;
            }

            var current = Describe(join);
            if (current.Status != MapRun.Running)
            {
                run.AbortRunningChildren(current.StopDate ?? _clock.GetUtcNow());
            }

            if (run.HasChangedChildren)
            {
                run.TakeChangedChildren(children ??= new());
            }

            if (reported != current)
            {
                _reportedMapRuns[current.MapRunArn] = current;
                (changed ??= new()).Add(current);
            }
        }

        return changed ?? (IReadOnlyList<MapRunRecord>)Array.Empty<MapRunRecord>();
    }

    /// <summary>
    /// Changes a running Map Run's limits (UpdateMapRun), starts the iterations a higher
    /// concurrency allows and runs until the execution waits or ends. Does nothing when no running
    /// Map Run of this execution has that ARN.
    /// </summary>
    private IReadOnlyList<ExecutionCommand> UpdateMapRun(MapRunUpdate update)
    {
        if (RunningMapRun(update.MapRunArn) is not { } join)
        {
            return Array.Empty<ExecutionCommand>();
        }

        if (update.MaxConcurrency is { } concurrency)
        {
            join.MaxConcurrency = concurrency <= 0 ? int.MaxValue : concurrency;
        }

        if (update.ToleratedFailureCount is { } count)
        {
            join.ToleratedFailureCount = count;
        }

        if (update.ToleratedFailurePercentage is { } percentage)
        {
            join.ToleratedFailurePercentage = percentage;
        }

        StartIterationsUpToConcurrency(join);

        return RunReady();
    }

    private Join? RunningMapRun(string mapRunArn)
    {
        if (Status != ExecutionStatus.RUNNING)
        {
            return null;
        }

        foreach (var join in _mapRuns)
        {
            if (join.Run!.Arn == mapRunArn)
            {
                return CurrentStatus(join) == MapRun.Running ? join : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Starts a Map's next iteration if it has one: of a redriven Map Run, first the iterations
    /// waiting to be redriven, then those not started yet. Returns false when none is left.
    /// </summary>
    private bool StartNextIteration(Join join)
    {
        if (join.Run is { } run && run.TryTakeRedrive(out var index))
        {
            run.ChildStarted(index, _clock.GetUtcNow());
            var child = NewIteration(join, index);
            join.Children[index] = child;
            join.Running++;
            _ready.Enqueue(child);
            return true;
        }

        if (join.Started < join.Items!.Count)
        {
            StartIteration(join);
            return true;
        }

        return false;
    }

    /// <summary>Starts iterations until the Map's concurrency is reached or none is left to start.</summary>
    private void StartIterationsUpToConcurrency(Join join)
    {
        while (join.Running < join.MaxConcurrency)
        {
            if (!StartNextIteration(join))
            {
                return;
            }
        }
    }

    /// <summary>arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL-OR-ID:ID</summary>
    private string MapRunArn(MapState map)
    {
        var id = Entropy.NewUuid();
        return StatesArn.Parse(Info.StateMachineArn).MapRun(map.Configuration.Label ?? Entropy.NewUuid().ToString(), id);
    }

    private void StartMapRun(Join join, string arn)
    {
        join.Run = new MapRun(arn, _clock.GetUtcNow());
        _mapRuns.Add(join);
    }

    private void EndMapRun(Join join, string status)
    {
        join.Run!.Status = status;
        join.Run.StopDate = _clock.GetUtcNow();
    }

    /// <summary>A Map Run still marked running whose Map was abandoned, or whose execution ended, was aborted.</summary>
    private string CurrentStatus(Join join) =>
        join.Run!.Status == MapRun.Running && (Status != ExecutionStatus.RUNNING || join.Parent.Phase == FramePhase.Aborted)
            ? MapRun.Aborted
            : join.Run.Status;

    private MapRunRecord Describe(Join join)
    {
        var run = join.Run!;
        var status = CurrentStatus(join);
        var stopDate = run.StopDate ?? (status == MapRun.Aborted ? StopDate ?? _clock.GetUtcNow() : null);
        var total = join.Items!.Count;
        var ended = status != MapRun.Running;
        var counts = new MapRunCounts(
            Pending: total - join.Started,
            Running: ended ? 0 : join.Running,
            Succeeded: join.SucceededCount,
            Failed: join.FailedCount + run.PendingFailed,
            TimedOut: 0,
            Aborted: (ended ? join.Running : 0) + run.PendingAborted,
            Total: total,
            ResultsWritten: join.SucceededCount,
            FailuresNotRedrivable: 0,
            PendingRedrive: ended ? 0 : run.PendingFailed + run.PendingAborted);
        return new MapRunRecord(
            run.Arn,
            Info.ExecutionArn,
            StatesArn.Parse(run.Arn).MapRunMachine,
            run.StartDate,
            stopDate,
            status,
            join.MaxConcurrency == int.MaxValue ? 0 : join.MaxConcurrency,
            join.ToleratedFailureCount,
            join.ToleratedFailurePercentage,
            counts,
            run.RedriveCount,
            run.RedriveDate);
    }
}
