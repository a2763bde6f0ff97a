using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>Retry, Catch, and what happens when a frame ends or fails.</summary>
public sealed partial class Interpreter
{
    private void HandleStateError(Frame frame, string? error, string? cause)
    {
        if (error is null || !TryScheduleRetry(frame, ErrorHandlingOf(frame.Current), error))
        {
            CatchOrFail(frame, error, cause);
        }
    }

    internal static ErrorHandling ErrorHandlingOf(State state) => state switch
    {
        TaskState task => task.ErrorHandling,
        ParallelState parallel => parallel.ErrorHandling,
        MapState map => map.ErrorHandling,
        _ => ErrorHandling.None,
    };

    /// <summary>Transitions through the first matching catcher, or fails the frame.</summary>
    private void CatchOrFail(Frame frame, string? error, string? cause)
    {
        var state = frame.Current;
        var handling = ErrorHandlingOf(state);
        var index = error is null ? -1 : MatchingCatcher(handling, error);
        if (index < 0)
        {
            FailFrame(frame, error, cause);
            return;
        }

        var catcher = handling.Catch[index];
        var errorOutput = ErrorOutput(error!, cause);
        if (catcher.Jsonata is not null)
        {
            CatchJsonata(frame, catcher, errorOutput);
            return;
        }

        var (output, assigned) = CatcherOutput(frame, catcher, frame.Input, errorOutput);
        ExitTo(frame, state, catcher.Next, output, assigned);
    }

    /// <summary>The error output a catcher receives: <c>{"Error", "Cause"}</c>.</summary>
    internal static JObject ErrorOutput(string error, string? cause) =>
        JObject.Create(("Error", new JString(error)), ("Cause", cause is null ? JNull.Instance : new JString(cause)));

    /// <summary>
    /// What a catcher passes to its Next state and the variables it assigns: a JSONata catcher's
    /// Output (default: the error output), or a JSONPath catcher's ResultPath into the state input.
    /// </summary>
    internal static (JValue Output, JObject? Assigned) CatcherOutput(IDataScope scope, Catcher catcher, JValue input, JObject errorOutput)
    {
        if (catcher.Jsonata is { } jsonata)
        {
            return JsonataExit(jsonata, new Asl.Jsonata.JsonataScope(scope, input, errorOutput: errorOutput), errorOutput);
        }

        var assigned = Assign(scope, catcher.Assign, errorOutput);
        var output = catcher.ResultPathIsNull ? input : ApplyReferencePath(catcher.ResultPath, input, errorOutput);
        return (output, assigned);
    }

    /// <summary>The index of the first catcher whose ErrorEquals matches <paramref name="error"/>, or -1.</summary>
    internal static int MatchingCatcher(ErrorHandling handling, string error)
    {
        var catchers = handling.Catch;
        for (var i = 0; i < catchers.Count; i++)
        {
            if (catchers[i].Matches(error))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first retrier whose ErrorEquals matches <paramref name="error"/>, or -1; only that retrier decides.</summary>
    internal static int MatchingRetrier(ErrorHandling handling, string error)
    {
        var retriers = handling.Retry;
        for (var i = 0; i < retriers.Count; i++)
        {
            if (retriers[i].Matches(error))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The interval before the retry that follows <paramref name="attempt"/> earlier retries, before jitter: IntervalSeconds × BackoffRate^attempt, capped by MaxDelaySeconds.</summary>
    internal static double RetryInterval(Retrier retrier, int attempt)
    {
        var delay = retrier.IntervalSeconds * Math.Pow(retrier.BackoffRate, attempt);
        return retrier.MaxDelaySeconds is { } max && delay > max ? max : delay;
    }

    private bool TryScheduleRetry(Frame frame, ErrorHandling handling, string error)
    {
        var i = MatchingRetrier(handling, error);
        if (i < 0)
        {
            return false;
        }

        var retrier = handling.Retry[i];
        frame.RetrierAttempts ??= new int[handling.Retry.Count];
        var attempt = frame.RetrierAttempts[i];
        if (attempt >= retrier.MaxAttempts)
        {
            return false;
        }

        frame.RetrierAttempts[i] = attempt + 1;
        var delay = RetryInterval(retrier, attempt);
        if (retrier.JitterStrategy == JitterStrategy.FULL)
        {
            delay *= Entropy.NextDouble();
        }

        frame.RetryCount++;
        frame.InvalidateContext();
        frame.Phase = FramePhase.WaitingForRetry;
        StartTimer(frame, _clock.GetUtcNow().AddSeconds(delay));
        return true;
    }

    private void StartTimer(Frame frame, DateTimeOffset due)
    {
        var id = NextId();
        frame.PendingId = id;
        _pending[id] = frame;
        _commands.Add(new ExecutionCommand.StartTimer(id, due));
    }

    private void FinishFrame(Frame frame, JValue output)
    {
        frame.Phase = FramePhase.Done;
        frame.Output = output;
        if (frame.Owner is null)
        {
            EndExecution(ExecutionStatus.SUCCEEDED, HistoryEventType.ExecutionSucceeded, frame.LastEventId, new ExecutionSucceededEventDetails(output), null, null);
            Output = output;
            return;
        }

        OnChildFinished(frame, output);
    }

    private void FailFrame(Frame frame, string? error, string? cause)
    {
        frame.Phase = FramePhase.Failed;
        frame.Error = error;
        frame.Cause = cause;
        if (frame.Owner is null)
        {
            EndExecution(ExecutionStatus.FAILED, HistoryEventType.ExecutionFailed, frame.LastEventId, new ErrorEventDetails("executionFailedEventDetails", error, cause), error, cause);
            return;
        }

        OnChildFailed(frame, error, cause);
    }

    private void OnTimerFired(Frame frame)
    {
        switch (frame.Phase)
        {
            case FramePhase.WaitingForTimer:
                frame.Phase = FramePhase.Enter;
                var wait = frame.Current;
                Exit(frame, wait, frame.Output!, frame.PendingAssign);
                frame.Output = null;
                frame.PendingAssign = null;
                break;
            case FramePhase.WaitingForRetry:
                Retry(frame);
                break;
        }

        if (frame.Phase == FramePhase.Enter)
        {
            _ready.Enqueue(frame);
        }
    }

    /// <summary>Runs the state again after a retry interval: a task is invoked again, Parallel and Map start over.</summary>
    private void Retry(Frame frame)
    {
        try
        {
            switch (frame.Current)
            {
                case TaskState task:
                    RunTaskAttempt(frame, task);
                    break;
                case ParallelState parallel:
                    RunParallel(frame, parallel);
                    break;
                case MapState map:
                    RunMap(frame, map);
                    break;
            }
        }
        catch (StatesException e)
        {
            if (frame.Current is TaskState)
            {
                RecordEvaluationFailed(frame, e, beforeChildren: false);
            }

            HandleStateError(frame, e.Error, RuntimeCause(frame, e));
        }
    }

    private void Abandon(Frame frame)
    {
        if (frame.Phase is FramePhase.Done or FramePhase.Failed)
        {
            return;
        }

        if (frame.ActiveJoin is { } join)
        {
            foreach (var child in join.Children)
            {
                Abandon(child);
            }
        }

        if (_pending.Remove(frame.PendingId) && frame.Phase == FramePhase.WaitingForTask)
        {
            _commands.Add(new ExecutionCommand.CancelTask(frame.PendingId));
        }

        frame.Phase = FramePhase.Aborted;
    }
}
