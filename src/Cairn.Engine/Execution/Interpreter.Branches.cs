using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.Execution.States;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>Parallel and Map states: start children, join their results, fail as a whole.</summary>
public sealed partial class Interpreter
{
    private void RunParallel(Frame frame, ParallelState parallel)
    {
        var effective = DataFlow.ApplyInputPath(frame, parallel, frame.Input);
        var input = DataFlow.EffectiveParameters(frame, parallel, parallel.Handling, effective);
        var startedId = Record(frame, HistoryEventType.ParallelStateStarted, null);
        var join = new Join(frame, parallel, parallel.Branches.Count, 0) { Cursor = startedId };
        frame.ActiveJoin = join;
        frame.Phase = FramePhase.WaitingForChildren;
        for (var i = 0; i < parallel.Branches.Count; i++)
        {
            var child = new Frame(this, parallel.Branches[i], input, new VariableScope(frame.Variables), startedId, join, i) { Silent = frame.Silent };
            join.Children.Add(child);
            join.Started++;
            _ready.Enqueue(child);
        }

        if (join.Remaining == 0)
        {
            CompleteJoin(join, startedId);
        }
    }

    private void RunMap(Frame frame, MapState map)
    {
        var effective = DataFlow.ApplyInputPath(frame, map, frame.Input);
        var maxConcurrency = MapLimits.MaxConcurrency(frame, map, effective);
        var reader = map.Configuration.IsDistributed ? map.Configuration.ItemReader : null;
        MapItems items;
        if (reader is not null)
        {
            // Items read from S3 are not counted up front: MapStateStarted says 0, as AWS's does.
            items = new MapItems();
        }
        else
        {
            var itemsValue = map.Jsonata is not null
                ? JsonataFlow.Items(frame, map, effective)
                : map.Configuration.ItemsPath is { } itemsPath ? DataFlow.SelectItems(frame, itemsPath, effective) : effective;
            items = new MapItems(itemsValue switch
            {
                JArray array => array,
                JObject obj => KeyValueItems(obj),
                _ => throw FieldCauses.ItemsNotArray(map.Configuration.ItemsPath, itemsValue),
            });
        }

        var startedId = Record(frame, HistoryEventType.MapStateStarted, new MapStateStartedEventDetails(items.Count));
        var distributed = map.Configuration.IsDistributed;
        var batched = distributed && map.Configuration.ItemBatcher is not null;
        var join = new Join(frame, map, batched ? 0 : items.Count, maxConcurrency)
        {
            Items = batched && reader is null ? new MapItems() : items,
            Cursor = startedId,
            ToleratedFailureCount = distributed ? MapLimits.ToleratedFailureCount(frame, map, effective) : 0,
            ToleratedFailurePercentage = distributed ? MapLimits.ToleratedFailurePercentage(frame, map, effective) : 0,
        };
        if (distributed)
        {
            var mapRunArn = MapRunArn(map);
            join.MapRunStartedId = Record(frame, HistoryEventType.MapRunStarted, new MapRunStartedEventDetails(mapRunArn));
            join.Cursor = join.MapRunStartedId;
            StartMapRun(join, mapRunArn);
        }

        frame.ActiveJoin = join;
        frame.EffectiveInput = effective;
        frame.Phase = FramePhase.WaitingForChildren;
        if (distributed && !StartDistributedSources(join, map, effective, reader, batched && reader is null ? items : null))
        {
            return;
        }

        if (join.Items!.IsComplete && join.Items.Count == 0)
        {
            CompleteJoin(join, distributed ? join.Cursor : startedId);
            return;
        }

        StartIterationsUpToConcurrency(join);
        if (reader is not null && join.Parent.ActiveJoin == join)
        {
            ContinueItems(join);
        }
    }

    /// <summary>
    /// A Distributed Map's ItemBatcher, ResultWriter and ItemReader, evaluated once its Map Run has
    /// started: a failure fails the Map Run. Items from the input are batched here. Returns false
    /// when the Map Run failed.
    /// </summary>
    private bool StartDistributedSources(Join join, MapState map, JValue effective, ItemReader? reader, MapItems? inputItems)
    {
        var frame = join.Parent;
        try
        {
            if (map.Configuration.ItemBatcher is { } batcher)
            {
                ConfigureBatcher(frame, join, batcher, effective);
            }

            if (map.Configuration.ResultWriter is { } writer)
            {
                join.Writer = NewResultWriter(frame, writer, effective);
            }

            if (inputItems is not null)
            {
                for (var i = 0; i < inputItems.Count; i++)
                {
                    AddItem(join, inputItems[i]);
                }

                CompleteItems(join);
            }
        }
        catch (StatesException e)
        {
            FailMapRun(join, e.Error, e.Cause);
            return false;
        }

        if (reader is not null)
        {
            StartItemReader(join, reader, effective);
            return join.Parent.ActiveJoin == join;
        }

        return true;
    }

    /// <summary>A Map over a JSON object iterates its key-value pairs, each pair an object of its own: <c>{"K": V}</c>.</summary>
    private static JArray KeyValueItems(JObject obj)
    {
        var items = new JValue[obj.Count];
        var i = 0;
        foreach (var (key, value) in obj)
        {
            items[i++] = JObject.Create((key, value));
        }

        return JArray.Adopt(items);
    }

    private void StartIteration(Join join)
    {
        join.Run?.ChildStarted(join.Started, _clock.GetUtcNow());
        var child = NewIteration(join, join.Started++);
        join.Running++;
        join.Children.Add(child);
        _ready.Enqueue(child);
    }

    /// <summary>A Map iteration for item <paramref name="index"/>, about to compute its input.</summary>
    private Frame NewIteration(Join join, int index)
    {
        var parent = join.Parent;
        var map = (MapState)join.State;
        return new Frame(this, map.ItemProcessor, JNull.Instance, new VariableScope(parent.Variables), join.Cursor, join, index)
        {
            MapItemValue = join.Items![index],
            Phase = FramePhase.BeginIteration,
            Silent = parent.Silent || map.Configuration.IsDistributed,
        };
    }

    /// <summary>Records MapIterationStarted and computes the iteration's input (ItemSelector).</summary>
    private bool BeginIteration(Frame child)
    {
        var join = child.Owner!;
        var map = (MapState)join.State;
        child.LastEventId = join.Cursor;
        Record(child, HistoryEventType.MapIterationStarted, new MapIterationEventDetails("mapIterationStartedEventDetails", map.Name, child.Index));
        child.EnteredTime = join.Parent.EnteredTime;
        try
        {
            child.Input = map.Configuration.JsonataItemSelector is { } jsonataSelector
                ? jsonataSelector.Evaluate(new Asl.Jsonata.JsonataScope(child, join.Parent.EffectiveInput))
                : map.Configuration.ItemSelector is { } selector
                    ? selector.Evaluate(join.Parent.EffectiveInput, child)
                    : child.MapItemValue!;
        }
        catch (StatesException e)
        {
            FailFrame(child, e.Error, RuntimeCause(join.Parent, e));
            return false;
        }

        child.IterationInput = child.Input;
        child.Phase = FramePhase.Enter;
        child.InvalidateContext();
        return true;
    }

    private void OnChildFinished(Frame child, JValue output)
    {
        var join = child.Owner!;
        if (join.Failed)
        {
            return;
        }

        join.Run?.ChildEnded(child.Index, ExecutionStatus.SUCCEEDED, _clock.GetUtcNow());
        join.Results[child.Index] = output;
        join.Remaining--;
        join.Running--;
        join.SucceededCount++;
        var lastId = child.LastEventId;
        if (join.State is MapState map)
        {
            lastId = RecordLinked(child, HistoryEventType.MapIterationSucceeded, child.LastEventId, new MapIterationEventDetails("mapIterationSucceededEventDetails", map.Name, child.Index));
            join.Cursor = child.LastEventId;
            if (join.Run is not null)
            {
                ReleaseIteration(join, child, output);
            }

            StartNextIteration(join);
            if (join.Items is { IsComplete: false })
            {
                ContinueItems(join);
                return;
            }
        }

        if (join.Remaining == 0)
        {
            CompleteJoin(join, lastId);
        }
    }

    private void CompleteJoin(Join join, long lastId)
    {
        if (join.Writer is { ToS3: true, ManifestWritten: false } writer)
        {
            // The last results and the manifest are written before the Map Run ends.
            writer.Finishing = true;
            writer.LastEventId = lastId;
            WriteNextResults(join);
            return;
        }

        var parent = join.Parent;
        parent.ActiveJoin = null;
        parent.Phase = FramePhase.Enter;
        if (join.MapRunStartedId != 0)
        {
            lastId = RecordLinked(parent, HistoryEventType.MapRunSucceeded, join.MapRunStartedId, null);
            EndMapRun(join, MapRun.Succeeded);
        }

        var succeeded = join.State is MapState ? HistoryEventType.MapStateSucceeded : HistoryEventType.ParallelStateSucceeded;

        // The success event does not move the chain: the exit event links to the same predecessor,
        // or for a distributed Map (since format 5) to the start of its Map Run.
        parent.LastEventId = join.MapRunStartedId != 0 && Info.LogFormat >= LogFormat.MapExitAfterMapRunStart ? join.MapRunStartedId : lastId;
        RecordLinked(parent, succeeded, lastId, null);
        var result = join.Writer is not null ? WrittenResult(join) : ResultsArray(join);
        var handling = join.State is MapState m ? m.Handling : ((ParallelState)join.State).Handling;
        try
        {
            CheckPayload(result, join.State.Name);
            Complete(parent, join.State, handling, result);
        }
        catch (StatesException e)
        {
            RecordEvaluationFailed(parent, e, beforeChildren: false);
            HandleStateError(parent, e.Error, RuntimeCause(parent, e));
        }

        if (parent.Phase == FramePhase.Enter && Status == ExecutionStatus.RUNNING)
        {
            _ready.Enqueue(parent);
        }
    }

    private void OnChildFailed(Frame child, string? error, string? cause)
    {
        var join = child.Owner!;
        if (join.Failed)
        {
            return;
        }

        join.Run?.ChildEnded(child.Index, ExecutionStatus.FAILED, _clock.GetUtcNow());
        if (join.MapRunStartedId != 0 && MapLimits.Tolerates(++join.FailedCount, join.Items!.Count, join.ToleratedFailureCount, join.ToleratedFailurePercentage))
        {
            // A tolerated failure still counts as a finished iteration; its result is the error. The
            // iteration stays Failed: a redrive of the Map Run runs it again.
            join.Results[child.Index] = JObject.Create(("Error", error is null ? JNull.Instance : new JString(error)), ("Cause", cause is null ? JNull.Instance : new JString(cause)));
            if (join.Writer is not null)
            {
                KeepResult(join, child, null, error ?? string.Empty, cause);
            }

            join.Remaining--;
            join.Running--;
            StartNextIteration(join);
            if (join.Items is { IsComplete: false })
            {
                ContinueItems(join);
                return;
            }

            if (join.Remaining == 0)
            {
                CompleteJoin(join, join.MapRunStartedId);
            }

            return;
        }

        if (join.MapRunStartedId != 0)
        {
            child.LastEventId = RecordLinked(join.Parent, HistoryEventType.MapRunFailed, join.MapRunStartedId, null);
            join.Running--;
            EndMapRun(join, MapRun.Failed);
            error = StatesErrors.ExceedToleratedFailureThreshold;
            cause = "The specified tolerated failure threshold was exceeded";
        }

        join.Failed = true;
        var failedAt = child.LastEventId;
        var abortedIterations = join.State is MapState && Info.LogFormat >= LogFormat.ConcurrentMapIterations ? RunningSiblings(join, child) : null;
        foreach (var sibling in join.Children)
        {
            if (sibling != child)
            {
                Abandon(sibling);
            }
        }

        var parent = join.Parent;
        parent.FailedJoin = join;
        parent.ActiveJoin = null;
        parent.Phase = FramePhase.Enter;
        parent.LastEventId = failedAt;
        if (join.State is MapState map)
        {
            // The failed iteration, then each iteration still running, aborted with the state it was in, all linked to the failure.
            RecordLinked(child, HistoryEventType.MapIterationFailed, failedAt, new MapIterationEventDetails("mapIterationFailedEventDetails", map.Name, child.Index));
            if (child.Current is TaskState && abortedIterations is not null)
            {
                RecordLinked(child, HistoryEventType.TaskStateAborted, failedAt, null);
            }

            foreach (var (sibling, inFlight) in abortedIterations ?? [])
            {
                RecordLinked(sibling, HistoryEventType.MapIterationAborted, failedAt, new MapIterationEventDetails("mapIterationAbortedEventDetails", map.Name, sibling.Index));
                if (inFlight is { } aborted)
                {
                    RecordLinked(sibling, aborted, failedAt, null);
                }
            }
        }
        else if (child.Current is TaskState)
        {
            // AWS records the Task state whose failure ends a Parallel branch as aborted with it (after its TaskFailed).
            RecordLinked(child, HistoryEventType.TaskStateAborted, child.LastEventId, null);
        }

        // A retried Map or Parallel starts over without recording that it failed.
        if (error is null || !TryScheduleRetry(parent, ErrorRules.ErrorHandlingOf(join.State), error))
        {
            Record(parent, join.State is MapState ? HistoryEventType.MapStateFailed : HistoryEventType.ParallelStateFailed, null);
            CatchOrFail(parent, error, cause);
        }

        if (parent.Phase == FramePhase.Enter && Status == ExecutionStatus.RUNNING)
        {
            _ready.Enqueue(parent);
        }
    }

    /// <summary>
    /// The iterations of a Map other than <paramref name="failed"/> that have started and not ended,
    /// by index, each with the event that records its current state as aborted, if it was in one
    /// that waits (a Task, a Wait, a nested Map or Parallel).
    /// </summary>
    private static List<(Frame Iteration, HistoryEventType? Aborted)> RunningSiblings(Join join, Frame failed)
    {
        var running = new List<(Frame, HistoryEventType?)>();
        foreach (var sibling in join.Children)
        {
            if (sibling == failed || sibling.Phase is FramePhase.BeginIteration or FramePhase.Done or FramePhase.Failed or FramePhase.Aborted)
            {
                continue;
            }

            HistoryEventType? aborted = sibling.Phase switch
            {
                FramePhase.WaitingForTask or FramePhase.WaitingForRetry when sibling.Current is TaskState => HistoryEventType.TaskStateAborted,
                FramePhase.WaitingForTimer when sibling.Current is WaitState => HistoryEventType.WaitStateAborted,
                FramePhase.WaitingForChildren or FramePhase.WaitingForRetry when sibling.Current is MapState => HistoryEventType.MapStateAborted,
                FramePhase.WaitingForChildren or FramePhase.WaitingForRetry when sibling.Current is ParallelState => HistoryEventType.ParallelStateAborted,
                _ => null,
            };
            running.Add((sibling, aborted));
        }

        running.Sort((a, b) => a.Item1.Index.CompareTo(b.Item1.Index));
        return running;
    }
}
