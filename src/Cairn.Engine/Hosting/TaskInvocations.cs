using Cairn.Engine.Execution;
using Cairn.Engine.Execution.States;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Task invocations carried out in this process: each is registered when the interpreter asks
/// for it (under the execution's lock, with the step that asked), runs once its batch is
/// committed, and is cancelled when the interpreter gives up on it (a timeout, an abandoned
/// branch, a token that completed it first) or the execution ends. Cancelling one stops the
/// execution it started and waits for. Each invocation gets the host's services through its
/// <see cref="ITaskContext"/>.
/// </summary>
internal sealed class TaskInvocations
{
    private readonly DurableExecutionHost _host;
    private readonly ITaskHandler _tasks;

    public TaskInvocations(DurableExecutionHostOptions options, DurableExecutionHost host)
    {
        _host = host;
        _tasks = options.Tasks;
    }

    /// <summary>Registers the invocations among <paramref name="commands"/>; the caller holds the execution's lock.</summary>
    public void Register(LiveExecution live, IReadOnlyList<ExecutionCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command is ExecutionCommand.InvokeTask invoke && !TaskResource.IsActivity(invoke.Request.Resource))
            {
                live.Invocations[invoke.Id] = CancellationTokenSource.CreateLinkedTokenSource(_host.Stopping);
            }
        }
    }

    public async Task InvokeAsync(LiveExecution live, ExecutionCommand.InvokeTask invoke)
    {
        CancellationToken cancellation;
        JValue? submitted;
        lock (live)
        {
            // Given up on before its batch was carried out.
            if (!live.Invocations.TryGetValue(invoke.Id, out var source))
            {
                return;
            }

            cancellation = source.Token;
            submitted = live.Interpreter.SubmittedOutput(invoke.Id);
        }

        TaskResult result;
        try
        {
            var request = invoke.Request with { Context = new HostedTaskContext(_host, live, invoke.Id, submitted) };
            result = await _tasks.InvokeAsync(request, cancellation).ConfigureAwait(false);
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
        await _host.InBackground(live.Arn, () =>
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
                var answered = repeated ? Task.CompletedTask : _host.Pipeline.ApplyAsync(live, time => InterpreterInput.TaskCompleted(time, invoke.Id, result));

                // A token that completed the task while its integration had not answered yet counts now, after the submission.
                if (live.DeferredCompletions.Remove(invoke.Id, out var completion))
                {
                    repeated = false;
                    return Task.WhenAll(answered, _host.Pipeline.ApplyAsync(live, completion));
                }

                return answered;
            }
        }).ConfigureAwait(false);
        if (repeated)
        {
            _host.Residency.ScheduleEviction(live);
        }
    }

    /// <summary>Cancels an invocation still under way that the interpreter no longer waits for, and stops the execution it started and waits for.</summary>
    public void Cancel(LiveExecution live, long commandId)
    {
        lock (live)
        {
            live.DeferredCompletions.Remove(commandId);
            if (!live.Invocations.Remove(commandId, out var source))
            {
                return;
            }

            source.Cancel();
            source.Dispose();
        }

        _host.Nested.StopChildrenOf(live.Arn, commandId);
    }

    /// <summary>The execution ended: nothing it invoked counts any more.</summary>
    public static void CancelAll(LiveExecution live)
    {
        lock (live)
        {
            foreach (var source in live.Invocations.Values)
            {
                source.Cancel();
                source.Dispose();
            }

            live.Invocations.Clear();
            live.DeferredCompletions.Clear();
        }
    }

    /// <summary>The services one task invocation of a durable execution gets.</summary>
    private sealed class HostedTaskContext(DurableExecutionHost host, LiveExecution live, long commandId, JValue? submitted) : ITaskContext
    {
        public JValue? Submitted { get; } = submitted;

        /// <summary>
        /// Records TaskSubmitted; a token that completed the task before (a <c>.sync</c> task's
        /// token answered by the work it started) counts right after it, as on AWS.
        /// </summary>
        public Task SubmitAsync(JValue output) =>
            host.WhileOpen(async () =>
            {
                Task submitted;
                lock (live)
                {
                    var applied = host.Pipeline.ApplyAsync(live, time => InterpreterInput.TaskSubmitted(time, commandId, output));
                    submitted = live.DeferredCompletions.Remove(commandId, out var completion)
                        ? Task.WhenAll(applied, host.Pipeline.ApplyAsync(live, completion))
                        : applied;
                }

                await submitted.ConfigureAwait(false);
                return true;
            });

        public Task<NestedExecutionStart> StartExecutionAsync(NestedExecutionRequest request) =>
            host.WhileOpen(() => host.Nested.StartAsync(live, commandId, request));

        /// <summary>A task waiting for an execution holds it: the execution is stopped if this one ends first.</summary>
        public Task<ExecutionRecord> WhenEndedAsync(string executionArn, CancellationToken cancellationToken)
        {
            host.Nested.Link(live, commandId, executionArn);
            return host.Nested.WhenEndedAsync(executionArn, cancellationToken);
        }
    }
}
