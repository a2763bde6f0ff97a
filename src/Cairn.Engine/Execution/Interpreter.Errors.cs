using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.Execution.States;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>Retry, Catch, and what happens when a frame ends, fails or is abandoned.</summary>
public sealed partial class Interpreter
{
    private void HandleStateError(Frame frame, string? error, string? cause)
    {
        if (error is null || !TryScheduleRetry(frame, ErrorRules.ErrorHandlingOf(frame.Current), error))
        {
            CatchOrFail(frame, error, cause);
        }
    }

    /// <summary>Transitions through the first matching catcher, or fails the frame.</summary>
    private void CatchOrFail(Frame frame, string? error, string? cause)
    {
        var state = frame.Current;
        var handling = ErrorRules.ErrorHandlingOf(state);
        var index = error is null ? -1 : ErrorRules.MatchingCatcher(handling, error);
        if (index < 0)
        {
            FailFrame(frame, error, cause);
            return;
        }

        var catcher = handling.Catch[index];
        var errorOutput = ErrorRules.ErrorOutput(error!, cause);
        if (catcher.Jsonata is not null)
        {
            CatchJsonata(frame, catcher, errorOutput);
            return;
        }

        var (output, assigned) = ErrorRules.CatcherOutput(frame, catcher, frame.Input, errorOutput);
        ExitTo(frame, state, catcher.Next, output, assigned);
    }

    /// <summary>
    /// A JSONata Catcher outputs the error output (<c>$states.errorOutput</c>) unless its Output
    /// says otherwise. When one of its expressions fails, the state fails with that error.
    /// </summary>
    private void CatchJsonata(Frame frame, Catcher catcher, JObject errorOutput)
    {
        JValue output;
        JObject? assigned;
        try
        {
            (output, assigned) = ErrorRules.CatcherOutput(frame, catcher, frame.Input, errorOutput);
        }
        catch (StatesException e)
        {
            RecordEvaluationFailed(frame, e, beforeChildren: false);
            FailFrame(frame, e.Error, RuntimeCause(frame, e));
            return;
        }

        ExitTo(frame, frame.Current, catcher.Next, output, assigned);
    }

    private bool TryScheduleRetry(Frame frame, ErrorHandling handling, string error)
    {
        var i = ErrorRules.MatchingRetrier(handling, error);
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
        var delay = ErrorRules.RetryInterval(retrier, attempt);
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

    /// <summary>A frame whose Parallel or Map failed: it stops, and a task it waited for is cancelled.</summary>
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
