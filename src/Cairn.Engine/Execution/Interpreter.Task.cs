using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>Task states: schedule, invoke through the host, record the outcome.</summary>
public sealed partial class Interpreter
{
    private void RunTask(Frame frame, TaskState task)
    {
        frame.EffectiveInput = ApplyInputPath(frame, task, frame.Input);
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
            frame.TaskToken = Info.TaskTokens is null ? NewTaskToken() : IssueTaskToken();
            frame.InvalidateContext();
        }

        var parameters = EffectiveParameters(frame, task, task.Handling, frame.EffectiveInput);
        InvokeTask(frame, task, parameters);
    }

    /// <summary>Callback (<c>.waitForTaskToken</c>) and job run (<c>.sync</c>) tasks have a task token in the context object; request-response tasks do not.</summary>
    private static bool HasTaskToken(TaskState task) => task.IsWaitForTaskToken || TaskResource.IsJobRun(task.Resource);

    private void InvokeTask(Frame frame, TaskState task, JValue parameters)
    {
        var resource = TaskResource.Parse(task.Resource);
        var timeout = ResolveSeconds(frame, task.TimeoutSeconds);
        var heartbeat = ResolveSeconds(frame, task.HeartbeatSeconds);
        if (IsActivity(task.Resource))
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

        _invocations.TryGetValue(task.Name, out var invocation);
        _invocations[task.Name] = invocation + 1;
        var id = NextId();
        frame.PendingId = id;
        frame.Phase = FramePhase.WaitingForTask;
        _pending[id] = frame;
        _commands.Add(new ExecutionCommand.InvokeTask(id, new TaskRequest(
            task.Resource,
            parameters,
            task.Name,
            Info.StateMachineName,
            Info.ExecutionArn,
            invocation,
            Info.TestCase,
            frame.TaskToken,
            (int?)timeout)));
        if (HasTaskToken(task))
        {
            // The task is under way (TaskStarted): its heartbeat clock runs from now.
            WaitForToken(id, frame.TaskToken, timeout, heartbeat);
            StartHeartbeatTimer(id);
        }
    }

    private void OnTaskCompleted(Frame frame, TaskResult result)
    {
        var task = (TaskState)frame.Current;
        var resource = TaskResource.Parse(task.Resource);
        if (result is TaskResult.Submitted submitted)
        {
            if (task.IsWaitForTaskToken)
            {
                OnTaskSubmitted(frame, submitted);
                return;
            }

            // Only callback tasks wait after their request: for any other task the answer is its result.
            result = TaskResult.Success(submitted.Output);
        }

        ForgetCallback(frame.PendingId);
        var activity = IsActivity(task.Resource);
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
                case TaskResult.Failed { Error: Asl.StatesErrors.Timeout } timedOut when !activity && !HasTaskToken(task):
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
                    HandleStateError(frame, timedOut.Error, timedOut.Cause ?? (MatchingCatcher(task.ErrorHandling, timedOut.Error) >= 0 ? string.Empty : null));
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
        catch (Asl.StatesException e)
        {
            RecordEvaluationFailed(frame, e, beforeChildren: false);
            HandleStateError(frame, e.Error, RuntimeCause(frame, e));
        }

        if (frame.Phase == FramePhase.Enter)
        {
            _ready.Enqueue(frame);
        }
    }

    private long? ResolveSeconds(Frame frame, Asl.Data.ValueSource? source)
    {
        if (source is null)
        {
            return null;
        }

        var value = source.Resolve(frame.Input, frame);
        return value is JNumber n ? n.IntegerValue : null;
    }

    private string NewTaskToken()
    {
        Span<byte> bytes = stackalloc byte[48];
        for (var i = 0; i < 3; i++)
        {
            Entropy.NewUuid().TryWriteBytes(bytes.Slice(i * 16, 16));
        }

        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
