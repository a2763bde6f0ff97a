using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Task invocations carried out in this process: each is registered when the interpreter asks
/// for it (under the execution's lock, with the input that asked), runs once its batch is
/// committed, and is cancelled when the interpreter gives up on it (a timeout, an abandoned
/// branch, a token that completed it first) or the execution ends. Cancelling one stops the
/// execution it started and waits for.
/// </summary>
public sealed partial class DurableExecutionHost
{
    /// <summary>Registers the invocations among <paramref name="commands"/>; the caller holds the execution's lock.</summary>
    private void RegisterInvocations(LiveExecution live, IReadOnlyList<ExecutionCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command is ExecutionCommand.InvokeTask invoke && !Execution.States.TaskResource.IsActivity(invoke.Request.Resource))
            {
                live.Invocations[invoke.Id] = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            }
        }
    }

    private async Task InvokeAsync(LiveExecution live, ExecutionCommand.InvokeTask invoke)
    {
        CancellationToken cancellation;
        lock (live)
        {
            // Given up on before its batch was carried out.
            if (!live.Invocations.TryGetValue(invoke.Id, out var source))
            {
                return;
            }

            cancellation = source.Token;
        }

        TaskResult result;
        try
        {
            result = await _tasks.InvokeAsync(WithContext(live, invoke), cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            result = TaskResult.Failure(Asl.StatesErrors.TaskFailed, e.Message);
        }

        var repeated = false;
        await InBackground(live.Arn, () =>
        {
            lock (live)
            {
                if (!live.Invocations.Remove(invoke.Id, out var source))
                {
                    return Task.CompletedTask;
                }

                source.Dispose();

                // A task invoked again after a restart that reports the submission it made before
                // has nothing new to say: the log is left as it is.
                repeated = result is TaskResult.Submitted && live.Interpreter.SubmittedOutput(invoke.Id) is not null;
                return repeated ? Task.CompletedTask : ApplyAsync(live, time => InterpreterInput.TaskCompleted(time, invoke.Id, result));
            }
        }).ConfigureAwait(false);
        if (repeated)
        {
            ScheduleEviction(live);
        }
    }

    /// <summary>Cancels an invocation still under way that the interpreter no longer waits for, and stops the execution it started and waits for.</summary>
    private void CancelInvocation(LiveExecution live, long commandId)
    {
        lock (live)
        {
            if (!live.Invocations.Remove(commandId, out var source))
            {
                return;
            }

            source.Cancel();
            source.Dispose();
        }

        StopChildrenOf(live.Arn, commandId);
    }

    /// <summary>The execution ended: nothing it invoked counts any more.</summary>
    private static void CancelInvocations(LiveExecution live)
    {
        lock (live)
        {
            foreach (var source in live.Invocations.Values)
            {
                source.Cancel();
                source.Dispose();
            }

            live.Invocations.Clear();
        }
    }
}
