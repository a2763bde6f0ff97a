using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>What a SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat came to.</summary>
public enum TaskTokenOutcome
{
    Accepted,

    /// <summary>The token was not issued here (or was altered).</summary>
    InvalidToken,

    /// <summary>The token was issued here, but its execution is gone.</summary>
    TaskDoesNotExist,

    /// <summary>The task no longer waits: it completed, timed out, or its execution ended.</summary>
    TaskTimedOut,
}

/// <summary>Task tokens and activity tasks: completing callback and activity tasks from outside.</summary>
public sealed partial class DurableExecutionHost
{
    private readonly ActivityTaskQueue _activityTasks = new();

    /// <summary>Seals and opens task tokens; set it to a codec with a durable secret before the first start so tokens survive restarts.</summary>
    public TaskTokenCodec TaskTokens { get; set; } = TaskTokenCodec.CreateEphemeral();

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

            var started = WithLive(
                task.ExecutionArn,
                live => live.Closed || !live.Interpreter.IsActivityWaitingForWorker(task.TaskId)
                    ? null
                    : ApplyAsync(live, time => InterpreterInput.ActivityStarted(time, task.TaskId, workerName)),
                null);
            if (started is null)
            {
                continue;
            }

            await started.ConfigureAwait(false);
            return task;
        }
    }

    private void EnqueueActivity(LiveExecution live, ExecutionCommand.InvokeTask invoke) =>
        _activityTasks.Enqueue(invoke.Request.Resource, new ActivityTask(live.Arn, invoke.Id, invoke.Request.TaskToken!, invoke.Request.Parameters.ToJson()));

    /// <param name="completes">The input ends the task: an invocation of it still under way (a <c>.sync</c> task's) is cancelled once the input is committed.</param>
    private async Task<TaskTokenOutcome> ApplyToTaskAsync(string token, Func<DateTimeOffset, long, InterpreterInput> makeInput, bool completes)
    {
        if (!TaskTokens.TryOpen(token, out var executionArn, out _))
        {
            return TaskTokenOutcome.InvalidToken;
        }

        var applied = WithLive<(LiveExecution, long, Task)?>(
            executionArn,
            live => live.Closed || live.Interpreter.WaitingTask(token) is not { } taskId ? null : (live, taskId, ApplyAsync(live, time => makeInput(time, taskId))),
            null);
        if (applied is not var (task, taskId, step))
        {
            return _executions.GetExecution(executionArn) is null ? TaskTokenOutcome.TaskDoesNotExist : TaskTokenOutcome.TaskTimedOut;
        }

        await step.ConfigureAwait(false);
        if (completes)
        {
            CancelInvocation(task, taskId);
        }

        return TaskTokenOutcome.Accepted;
    }
}
