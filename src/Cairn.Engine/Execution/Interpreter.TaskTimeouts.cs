using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.Execution.States;
using Cairn.Engine.History;

namespace Cairn.Engine.Execution;

/// <summary>
/// Where a Task's timeout is decided. TimeoutSeconds (or TimeoutSecondsPath) and HeartbeatSeconds
/// are resolved when the task is scheduled (<see cref="States.TaskSeconds"/>); a task completed
/// from outside (a callback, a job run, an activity) gets a timer for each: it ends with
/// States.Timeout after TimeoutSeconds, and after HeartbeatSeconds without a heartbeat once it is
/// under way (activities: States.HeartbeatTimeout).
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>Starts the task's TimeoutSeconds clock, and notes its HeartbeatSeconds for when it is under way.</summary>
    private void StartTaskClocks(long taskId, long? timeout, long? heartbeat)
    {
        if (heartbeat is { } seconds && seconds > 0)
        {
            _heartbeatSeconds[taskId] = seconds;
        }

        if (timeout is { } limit && limit > 0)
        {
            var timer = NextId();
            _deadlines[timer] = new TaskDeadline(taskId, Heartbeat: false);
            _commands.Add(new ExecutionCommand.StartTimer(timer, _clock.GetUtcNow().AddSeconds(limit)));
        }
    }

    /// <summary>(Re)starts the task's HeartbeatSeconds clock; the earlier heartbeat timer no longer counts.</summary>
    private void StartHeartbeatTimer(long taskId)
    {
        if (!_heartbeatSeconds.TryGetValue(taskId, out var seconds))
        {
            return;
        }

        var timer = NextId();
        _heartbeatTimers[taskId] = timer;
        _deadlines[timer] = new TaskDeadline(taskId, Heartbeat: true);
        _commands.Add(new ExecutionCommand.StartTimer(timer, _clock.GetUtcNow().AddSeconds(seconds)));
    }

    /// <summary>SendTaskHeartbeat: restarts the task's heartbeat clock.</summary>
    private IReadOnlyList<ExecutionCommand> Heartbeat(long taskId)
    {
        if (Status == ExecutionStatus.RUNNING && _pending.TryGetValue(taskId, out var frame) && frame.Phase == FramePhase.WaitingForTask && _heartbeatTimers.ContainsKey(taskId))
        {
            StartHeartbeatTimer(taskId);
        }

        return RunReady();
    }

    /// <summary>A TimeoutSeconds or HeartbeatSeconds clock ran out: the task times out, unless it has ended or had a heartbeat since.</summary>
    private bool TryFireDeadline(long timerId)
    {
        if (!_deadlines.Remove(timerId, out var deadline))
        {
            return false;
        }

        var taskId = deadline.TaskId;
        if (!_pending.TryGetValue(taskId, out var frame) || frame.Phase != FramePhase.WaitingForTask
            || (deadline.Heartbeat && (!_heartbeatTimers.TryGetValue(taskId, out var current) || current != timerId)))
        {
            return true;
        }

        var task = (TaskState)frame.Current;
        var activity = TaskResource.IsActivity(task.Resource);

        // AWS reports a callback whose heartbeat ran out as States.Timeout; activities report States.HeartbeatTimeout.
        var error = deadline.Heartbeat && activity ? StatesErrors.HeartbeatTimeout : StatesErrors.Timeout;
        _pending.Remove(taskId);
        ForgetTask(taskId);
        _commands.Add(new ExecutionCommand.CancelTask(taskId));
        frame.Phase = FramePhase.Enter;
        if (activity)
        {
            Record(frame, HistoryEventType.ActivityTimedOut, new ErrorEventDetails("activityTimedOutEventDetails", error, null));
        }
        else
        {
            var resource = TaskResource.Parse(task.Resource);
            Record(frame, HistoryEventType.TaskTimedOut, new TaskEventDetails("taskTimedOutEventDetails", resource.ResourceType, resource.Resource, error: error));
        }

        try
        {
            HandleStateError(frame, error, null);
        }
        catch (StatesException e)
        {
            RecordEvaluationFailed(frame, e, beforeChildren: false);
            HandleStateError(frame, e.Error, RuntimeCause(frame, e));
        }

        if (frame.Phase == FramePhase.Enter)
        {
            _ready.Enqueue(frame);
        }

        return true;
    }
}
