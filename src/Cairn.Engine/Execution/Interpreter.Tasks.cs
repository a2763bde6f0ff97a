using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.Execution.States;
using Cairn.Engine.History;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// Task states: schedule, invoke through the host, record the outcome. Tasks that wait on someone
/// outside — <c>.waitForTaskToken</c> integrations (submitted, then completed with their task
/// token), <c>.sync</c> integrations (which end with their job, or earlier with their task token)
/// and activities (scheduled, started by a worker, completed with the token it received) — are
/// completed from outside; their clocks are in <c>Interpreter.TaskTimeouts.cs</c>.
/// </summary>
public sealed partial class Interpreter
{
    private void RunTask(Frame frame, TaskState task)
    {
        frame.EffectiveInput = DataFlow.ApplyInputPath(frame, task, frame.Input);
        RunTaskAttempt(frame, task);
    }

    /// <summary>
    /// One attempt of a Task state, the first or a retry: a callback or job run task gets a task
    /// token of its own for each attempt (the tokens of earlier attempts no longer lead to the
    /// task), and the parameters are evaluated anew, with the attempt's token and RetryCount.
    /// </summary>
    private void RunTaskAttempt(Frame frame, TaskState task)
    {
        if (HasTaskToken(task))
        {
            frame.TaskToken = NewTaskToken();
            frame.InvalidateContext();
        }

        var parameters = DataFlow.EffectiveParameters(frame, task, task.Handling, frame.EffectiveInput);
        InvokeTask(frame, task, parameters);
    }

    /// <summary>Callback (<c>.waitForTaskToken</c>) and job run (<c>.sync</c>) tasks have a task token in the context object; request-response tasks do not.</summary>
    private static bool HasTaskToken(TaskState task) => task.IsWaitForTaskToken || TaskResource.IsJobRun(task.Resource);

    private void InvokeTask(Frame frame, TaskState task, JValue parameters)
    {
        var resource = TaskResource.Parse(task.Resource);
        var timeout = TaskSeconds.Resolve(frame, frame.Input, task.TimeoutSeconds);
        var heartbeat = TaskSeconds.Resolve(frame, frame.Input, task.HeartbeatSeconds);
        if (TaskResource.IsActivity(task.Resource))
        {
            ScheduleActivity(frame, task, parameters, timeout, heartbeat);
            return;
        }

        if (resource.IsLambdaFunction)
        {
            Record(frame, HistoryEventType.LambdaFunctionScheduled, new LambdaFunctionScheduledEventDetails(task.Resource, parameters, timeout));
            Record(frame, HistoryEventType.LambdaFunctionStarted, null);
        }
        else
        {
            Record(frame, HistoryEventType.TaskScheduled, new TaskScheduledEventDetails(resource.ResourceType, resource.Resource, Info.Region, parameters, timeout, heartbeat));
            Record(frame, HistoryEventType.TaskStarted, new TaskEventDetails("taskStartedEventDetails", resource.ResourceType, resource.Resource));
        }

        var id = WaitForTask(frame, task);
        _commands.Add(new ExecutionCommand.InvokeTask(id, NewRequest(frame, task, parameters, frame.TaskToken, timeout)));
        if (HasTaskToken(task))
        {
            // The task is under way (TaskStarted): its heartbeat clock runs from now.
            RegisterToken(id, frame.TaskToken);
            StartTaskClocks(id, timeout, heartbeat);
            StartHeartbeatTimer(id);
        }
    }

    /// <summary>
    /// An activity task: ActivityScheduled, then it waits for a worker. An activity that does not
    /// exist (the input says which) schedules nothing: the state fails with States.Runtime, "The
    /// activity ARN does not exist.", which States.ALL does not catch.
    /// </summary>
    private void ScheduleActivity(Frame frame, TaskState task, JValue parameters, long? timeout, long? heartbeat)
    {
        if (_input?.MissingActivities is { } missing && missing.Contains(task.Resource))
        {
            throw new StatesException(StatesErrors.Runtime, $"The activity {task.Resource} does not exist.");
        }

        Record(frame, HistoryEventType.ActivityScheduled, new ActivityScheduledEventDetails(task.Resource, parameters, timeout, heartbeat));
        var id = WaitForTask(frame, task);
        var token = NewTaskToken();
        RegisterToken(id, token);
        StartTaskClocks(id, timeout, heartbeat);
        _commands.Add(new ExecutionCommand.InvokeTask(id, NewRequest(frame, task, parameters, token, timeout)));
    }

    /// <summary>The frame waits for a task invocation: returns its command id.</summary>
    private long WaitForTask(Frame frame, TaskState task)
    {
        _invocations.TryGetValue(task.Name, out var invocation);
        _invocations[task.Name] = invocation + 1;
        var id = NextId();
        frame.PendingId = id;
        frame.Phase = FramePhase.WaitingForTask;
        _pending[id] = frame;
        return id;
    }

    private TaskRequest NewRequest(Frame frame, TaskState task, JValue parameters, string? token, long? timeout) =>
        new(task.Resource, parameters, task.Name, Info.StateMachineName, Info.ExecutionArn, _invocations[task.Name] - 1, Info.TestCase, token, (int?)timeout);

    private void OnTaskCompleted(Frame frame, TaskResult result)
    {
        var task = (TaskState)frame.Current;
        var resource = TaskResource.Parse(task.Resource);
        if (result is TaskResult.Submitted submitted)
        {
            if (task.IsWaitForTaskToken)
            {
                // A callback reported as submitted through its outcome (in-process runs): recorded as a submission is.
                _pending[frame.PendingId] = frame;
                _commands.AddRange(SubmitTask(frame.PendingId, submitted.Output));
                return;
            }

            // Only callback tasks wait after their request: for any other task the answer is its result.
            result = TaskResult.Success(submitted.Output);
        }

        ForgetTask(frame.PendingId);
        var activity = TaskResource.IsActivity(task.Resource);
        frame.Phase = FramePhase.Enter;
        try
        {
            switch (result)
            {
                case TaskResult.Succeeded success:
                    if (activity)
                    {
                        Record(frame, HistoryEventType.ActivitySucceeded, new ActivitySucceededEventDetails(success.Output));
                    }
                    else if (resource.IsLambdaFunction)
                    {
                        Record(frame, HistoryEventType.LambdaFunctionSucceeded, new LambdaFunctionSucceededEventDetails(success.Output));
                    }
                    else
                    {
                        Record(frame, HistoryEventType.TaskSucceeded, new TaskEventDetails("taskSucceededEventDetails", resource.ResourceType, resource.Resource, success.Output));
                    }

                    Complete(frame, task, task.Handling, success.Output);
                    break;
                case TaskResult.Failed { Error: StatesErrors.Timeout } timedOut when !activity && !HasTaskToken(task):
                    // A request-response task whose integration gave up at the state's TimeoutSeconds.
                    if (resource.IsLambdaFunction)
                    {
                        Record(frame, HistoryEventType.LambdaFunctionTimedOut, new ErrorEventDetails("lambdaFunctionTimedOutEventDetails", timedOut.Error, timedOut.Cause));
                    }
                    else
                    {
                        Record(frame, HistoryEventType.TaskTimedOut, new TaskEventDetails("taskTimedOutEventDetails", resource.ResourceType, resource.Resource, error: timedOut.Error, cause: timedOut.Cause));
                    }

                    // A catcher receives the missing cause as "" (the events and a failed execution have none).
                    HandleStateError(frame, timedOut.Error, timedOut.Cause ?? (ErrorRules.MatchingCatcher(task.ErrorHandling, timedOut.Error) >= 0 ? string.Empty : null));
                    break;
                case TaskResult.Failed failure:
                    if (activity)
                    {
                        Record(frame, HistoryEventType.ActivityFailed, new ErrorEventDetails("activityFailedEventDetails", failure.Error, failure.Cause));
                    }
                    else if (resource.IsLambdaFunction)
                    {
                        Record(frame, HistoryEventType.LambdaFunctionFailed, new ErrorEventDetails("lambdaFunctionFailedEventDetails", failure.Error, failure.Cause));
                    }
                    else
                    {
                        Record(frame, HistoryEventType.TaskFailed, new TaskEventDetails("taskFailedEventDetails", resource.ResourceType, resource.Resource, error: failure.Error, cause: failure.Cause));
                    }

                    HandleStateError(frame, failure.Error, failure.Cause);
                    break;
            }
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
    }

    /// <summary>
    /// An integration that starts work and then waits for it (<c>.sync</c>, <c>.waitForTaskToken</c>)
    /// reports the service's answer first, recorded as TaskSubmitted; the task stays pending until
    /// its outcome arrives. A task is submitted once: later reports are ignored.
    /// </summary>
    private IReadOnlyList<ExecutionCommand> SubmitTask(long id, JValue output)
    {
        if (Status != ExecutionStatus.RUNNING || !_pending.TryGetValue(id, out var frame) || frame.Phase != FramePhase.WaitingForTask || _submitted.ContainsKey(id))
        {
            return Array.Empty<ExecutionCommand>();
        }

        ForgetCompletedSubmissions();
        _submitted[id] = output;
        var resource = TaskResource.Parse(((TaskState)frame.Current).Resource);
        Record(frame, HistoryEventType.TaskSubmitted, new TaskEventDetails("taskSubmittedEventDetails", resource.ResourceType, resource.Resource, output));
        return Array.Empty<ExecutionCommand>();
    }

    private void ForgetCompletedSubmissions()
    {
        if (_submitted.Count == 0)
        {
            return;
        }

        List<long>? done = null;
        foreach (var id in _submitted.Keys)
        {
            if (!_pending.ContainsKey(id))
            {
                (done ??= new()).Add(id);
            }
        }

        if (done is not null)
        {
            foreach (var id in done)
            {
                _submitted.Remove(id);
            }
        }
    }

    /// <summary>A worker received the activity task (GetActivityTask): records ActivityStarted and starts its heartbeat clock.</summary>
    private IReadOnlyList<ExecutionCommand> StartActivity(long taskId, string? workerName)
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

    /// <summary>A task that completes with <paramref name="token"/>.</summary>
    private void RegisterToken(long taskId, string? token)
    {
        if (token is not null)
        {
            _tokenTasks[token] = taskId;
            _taskTokens[taskId] = token;
        }
    }

    /// <summary>Forgets what a task that has ended waited on: its token, its heartbeat clock, its worker.</summary>
    private void ForgetTask(long taskId)
    {
        if (_taskTokens.Remove(taskId, out var token))
        {
            _tokenTasks.Remove(token);
        }

        _heartbeatTimers.Remove(taskId);
        _heartbeatSeconds.Remove(taskId);
        _startedActivities.Remove(taskId);
    }

    /// <summary>A task token: sealed by the execution's codec when it has one (so it leads back to the task after a restart), else random.</summary>
    private string NewTaskToken()
    {
        if (Info.TaskTokens is { } codec)
        {
            return codec.Issue(Info.ExecutionArn, _issuedTokens++);
        }

        Span<byte> bytes = stackalloc byte[48];
        for (var i = 0; i < 3; i++)
        {
            Entropy.NewUuid().TryWriteBytes(bytes.Slice(i * 16, 16));
        }

        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
