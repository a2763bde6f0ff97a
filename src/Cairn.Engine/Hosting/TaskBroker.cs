using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>
/// The task-token and activity broker: completes callback, job run and activity tasks from
/// outside (SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat, by the task token the host
/// sealed), and hands activity tasks to workers (GetActivityTask long polls). Activity tasks wait
/// in memory: after a restart, the executions that wait on activities queue their tasks again
/// when they are resumed.
/// </summary>
internal sealed class TaskBroker
{
    private readonly DurableExecutionHost _host;
    private readonly IExecutionStore _executions;
    private readonly TimeProvider _time;
    private readonly ActivityTaskQueue _activityTasks = new();

    public TaskBroker(DurableExecutionHostOptions options, DurableExecutionHost host)
    {
        _host = host;
        _executions = options.Executions;
        _time = options.Time;
        TaskTokens = options.TaskTokens;
    }

    public TaskTokenCodec TaskTokens { get; }

    /// <summary>SendTaskSuccess (a <see cref="TaskResult.Succeeded"/>) or SendTaskFailure (a <see cref="TaskResult.Failed"/>).</summary>
    public Task<TaskTokenOutcome> SendTaskResultAsync(string token, TaskResult result) =>
        ApplyToTaskAsync(token, (time, id) => InterpreterInput.TaskCompleted(time, id, result), completes: true);

    /// <summary>SendTaskHeartbeat: restarts the task's HeartbeatSeconds clock.</summary>
    public Task<TaskTokenOutcome> SendTaskHeartbeatAsync(string token) =>
        ApplyToTaskAsync(token, InterpreterInput.Heartbeat, completes: false);

    /// <summary>
    /// GetActivityTask: the next task of the activity, waiting up to <paramref name="wait"/>; the
    /// task is answered only once its ActivityStarted is committed. Null when no task came.
    /// </summary>
    public async Task<ActivityTask?> GetActivityTaskAsync(string activityArn, string? workerName, TimeSpan wait, CancellationToken cancellationToken)
    {
        var until = _time.GetUtcNow() + wait;
        while (true)
        {
            var remaining = until - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return null;
            }

            var task = await _activityTasks.TakeAsync(activityArn, remaining, cancellationToken).ConfigureAwait(false);
            if (task is null)
            {
                return null;
            }

            var started = _host.Residency.WithLive(
                task.ExecutionArn,
                live => live.Closed || !live.Interpreter.IsActivityWaitingForWorker(task.TaskId)
                    ? null
                    : _host.Pipeline.ApplyAsync(live, time => InterpreterInput.ActivityStarted(time, task.TaskId, workerName)),
                null);
            if (started is null)
            {
                continue;
            }

            await started.ConfigureAwait(false);
            return task;
        }
    }

    /// <summary>An activity task whose batch is committed waits for a worker.</summary>
    public void EnqueueActivity(LiveExecution live, ExecutionCommand.InvokeTask invoke) =>
        _activityTasks.Enqueue(invoke.Request.Resource, new ActivityTask(live.Arn, invoke.Id, invoke.Request.TaskToken!, invoke.Request.Parameters.ToJson()));

    /// <param name="token">The task token sent.</param>
    /// <param name="makeInput">The input for the task, given the step's time and the task's id.</param>
    /// <param name="completes">The input ends the task: an invocation of it still under way (a <c>.sync</c> task's) is cancelled once the input is committed.</param>
    private async Task<TaskTokenOutcome> ApplyToTaskAsync(string token, Func<DateTimeOffset, long, InterpreterInput> makeInput, bool completes)
    {
        if (!TaskTokens.TryOpen(token, out var executionArn, out _))
        {
            return TaskTokenOutcome.InvalidToken;
        }

        var applied = _host.Residency.WithLive<(LiveExecution, long, Task?)?>(
            executionArn,
            live => live.Closed || live.Interpreter.WaitingTask(token) is not { } taskId || live.DeferredCompletions.ContainsKey(taskId)
                ? null
                : (live, taskId, Defers(live, taskId, completes) ? Deferred(live, taskId, makeInput) : _host.Pipeline.ApplyAsync(live, time => makeInput(time, taskId))),
            null);
        if (applied is not var (task, taskId, step))
        {
            return _executions.GetExecution(executionArn) is null ? TaskTokenOutcome.TaskDoesNotExist : TaskTokenOutcome.TaskTimedOut;
        }

        if (step is null)
        {
            return TaskTokenOutcome.Accepted;
        }

        await step.ConfigureAwait(false);
        if (completes)
        {
            _host.Invocations.Cancel(task, taskId);
        }

        return TaskTokenOutcome.Accepted;
    }

    /// <summary>
    /// A completion of a callback task whose invocation is still under way in this process (the
    /// worker answered before the integration did, e.g. a Lambda function that calls
    /// SendTaskSuccess before it returns, or the execution a <c>.sync</c> task started answering its
    /// token) waits for the invocation's submission or answer, so that TaskSubmitted is recorded first. It is not awaited by the caller: the invocation may be the caller.
    /// </summary>
    private static bool Defers(LiveExecution live, long taskId, bool completes) =>
        completes && live.Invocations.ContainsKey(taskId) && live.Interpreter.AwaitsSubmission(taskId);

    private static Task? Deferred(LiveExecution live, long taskId, Func<DateTimeOffset, long, InterpreterInput> makeInput)
    {
        live.DeferredCompletions[taskId] = time => makeInput(time, taskId);
        return null;
    }
}
