using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// Tasks that wait on someone outside: <c>.waitForTaskToken</c> integrations (submitted, then
/// completed with their task token), <c>.sync</c> integrations (which end with their job, or
/// earlier with their task token) and activities (scheduled, started by a worker's
/// GetActivityTask, completed with the token it received). All end with States.Timeout after
/// TimeoutSeconds, and after HeartbeatSeconds without a heartbeat once they are under way.
/// </summary>
public sealed partial class Interpreter
{
    private readonly Dictionary<string, long> _tokenTasks = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _taskTokens = new();
    private readonly Dictionary<long, TaskDeadline> _deadlines = new();
    private readonly Dictionary<long, long> _heartbeatTimers = new();
    private readonly Dictionary<long, long> _heartbeatSeconds = new();
    private readonly HashSet<long> _startedActivities = new();
    private int _issuedTokens;

    /// <summary>The task that waits for <paramref name="token"/>, if one still does.</summary>
    public long? WaitingTask(string token) =>
        Status == ExecutionStatus.RUNNING && _tokenTasks.TryGetValue(token, out var id) && _pending.TryGetValue(id, out var frame) && frame.Phase == FramePhase.WaitingForTask
            ? id
            : null;

    /// <summary>Whether <paramref name="taskId"/> is an activity task that waits for a worker.</summary>
    public bool IsActivityWaitingForWorker(long taskId) =>
        Status == ExecutionStatus.RUNNING && _pending.TryGetValue(taskId, out var frame) && frame.Phase == FramePhase.WaitingForTask
        && frame.Current is TaskState task && IsActivity(task.Resource) && !_startedActivities.Contains(taskId);

    /// <summary>SendTaskHeartbeat: restarts the task's heartbeat clock.</summary>
    public IReadOnlyList<ExecutionCommand> Heartbeat(long taskId)
    {
        if (Status == ExecutionStatus.RUNNING && _pending.TryGetValue(taskId, out var frame) && frame.Phase == FramePhase.WaitingForTask && _heartbeatTimers.ContainsKey(taskId))
        {
            StartHeartbeatTimer(taskId);
        }

        return RunReady();
    }

    /// <summary>A worker received the activity task (GetActivityTask): records ActivityStarted and starts its heartbeat clock.</summary>
    public IReadOnlyList<ExecutionCommand> StartActivity(long taskId, string? workerName)
    {
        if (IsActivityWaitingForWorker(taskId))
        {
            var frame = _pending[taskId];
            _startedActivities.Add(taskId);
            Record(frame, HistoryEventType.ActivityStarted, new ActivityStartedEventDetails(workerName));
            StartHeartbeatTimer(taskId);
        }

        return RunReady();
    }

    internal static bool IsActivity(string resource)
    {
        var parts = resource.Split(':', 7);
        return parts.Length == 7 && parts[0] == "arn" && parts[2] == "states" && parts[5] == "activity";
    }

    private string IssueTaskToken() => Info.TaskTokens!.Issue(Info.ExecutionArn, _issuedTokens++);

    private void ScheduleActivity(Frame frame, TaskState task, JValue parameters, long? timeout, long? heartbeat)
    {
        EnsureActivityExists(task.Resource);
        Record(frame, HistoryEventType.ActivityScheduled, new ActivityScheduledEventDetails(task.Resource, parameters, timeout, heartbeat));
        _invocations.TryGetValue(task.Name, out var invocation);
        _invocations[task.Name] = invocation + 1;
        var id = NextId();
        frame.PendingId = id;
        frame.Phase = FramePhase.WaitingForTask;
        _pending[id] = frame;
        var token = Info.TaskTokens is null ? NewTaskToken() : IssueTaskToken();
        WaitForToken(id, token, timeout, heartbeat);
        _commands.Add(new ExecutionCommand.InvokeTask(id, new TaskRequest(
            task.Resource, parameters, task.Name, Info.StateMachineName, Info.ExecutionArn, invocation, Info.TestCase, token, (int?)timeout)));
    }

    /// <summary>Registers a task that completes with a token, and starts its TimeoutSeconds clock.</summary>
    private void WaitForToken(long taskId, string? token, long? timeout, long? heartbeat)
    {
        if (token is not null)
        {
            _tokenTasks[token] = taskId;
            _taskTokens[taskId] = token;
        }

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

    /// <summary>A callback reported as submitted through <see cref="CompleteTask"/> (in-process runs): recorded as <see cref="SubmitTask"/> records it.</summary>
    private void OnTaskSubmitted(Frame frame, TaskResult.Submitted submitted)
    {
        _pending[frame.PendingId] = frame;
        _commands.AddRange(SubmitTask(frame.PendingId, submitted.Output));
    }

    /// <summary>Forgets what a task that has ended waited on.</summary>
    private void ForgetCallback(long taskId)
    {
        if (_taskTokens.Remove(taskId, out var token))
        {
            _tokenTasks.Remove(token);
        }

        _heartbeatTimers.Remove(taskId);
        _heartbeatSeconds.Remove(taskId);
        _startedActivities.Remove(taskId);
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
        var activity = IsActivity(task.Resource);

        // AWS reports a callback whose heartbeat ran out as States.Timeout; activities report States.HeartbeatTimeout.
        var error = deadline.Heartbeat && activity ? StatesErrors.HeartbeatTimeout : StatesErrors.Timeout;
        _pending.Remove(taskId);
        ForgetCallback(taskId);
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

    private readonly record struct TaskDeadline(long TaskId, bool Heartbeat);
}
