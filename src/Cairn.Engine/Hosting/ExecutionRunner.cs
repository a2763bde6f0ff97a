using Cairn.Engine.Execution;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Carries out an interpreter's commands in process until the execution ends: invokes tasks
/// through the task handler and fires timers on a <see cref="ScaledClock"/> (time scale 0: at
/// once, in due order).
/// </summary>
public sealed class ExecutionRunner
{
    private readonly ITaskHandler _tasks;
    private readonly ScaledClock _clock;

    public ExecutionRunner(ITaskHandler tasks, ScaledClock clock)
    {
        _tasks = tasks;
        _clock = clock;
    }

    /// <summary>Runs the execution from its start to its end; <paramref name="onStep"/> sees each step as it is made.</summary>
    public async Task RunAsync(Interpreter interpreter, Action<StepResult>? onStep = null, CancellationToken cancellationToken = default)
    {
        var running = new Dictionary<long, Task<TaskResult>>();
        var timers = new PriorityQueue<long, (DateTimeOffset Due, long Order)>();
        IReadOnlyList<ExecutionCommand> Apply(InterpreterInput input)
        {
            var step = interpreter.Apply(input);
            onStep?.Invoke(step);
            return step.Commands;
        }

        var commands = Apply(InterpreterInput.Start(_clock.GetUtcNow()));
        while (true)
        {
            Schedule(interpreter, commands, running, timers, cancellationToken);
            if (interpreter.Status != ExecutionStatus.RUNNING)
            {
                return;
            }

            var completed = TakeCompleted(running);
            if (completed is { } done)
            {
                commands = Apply(InterpreterInput.TaskCompleted(_clock.GetUtcNow(), done.Id, await done.Task.ConfigureAwait(false)));
                continue;
            }

            if (timers.TryPeek(out var timerId, out var next))
            {
                var delay = _clock.RealDelay(next.Due - _clock.GetUtcNow());
                if (delay > TimeSpan.Zero || running.Count > 0)
                {
                    var sleep = delay > TimeSpan.Zero ? Task.Delay(delay, cancellationToken) : Task.CompletedTask;
                    if (running.Count > 0 && delay > TimeSpan.Zero)
                    {
                        var first = await Task.WhenAny(running.Values.Append(sleep)).ConfigureAwait(false);
                        if (first != sleep)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        await sleep.ConfigureAwait(false);
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
                timers.Dequeue();
                _clock.AdvanceTo(next.Due);
                commands = Apply(InterpreterInput.TimerFired(_clock.GetUtcNow(), timerId));
                continue;
            }

            if (running.Count == 0)
            {
                throw new InvalidOperationException("The execution is waiting on nothing: no task, timer or branch can make progress.");
            }

            await Task.WhenAny(running.Values).ConfigureAwait(false);
            commands = Array.Empty<ExecutionCommand>();
        }
    }

    private void Schedule(
        Interpreter interpreter,
        IReadOnlyList<ExecutionCommand> commands,
        Dictionary<long, Task<TaskResult>> running,
        PriorityQueue<long, (DateTimeOffset, long)> timers,
        CancellationToken cancellationToken)
    {
        foreach (var command in commands)
        {
            switch (command)
            {
                case ExecutionCommand.InvokeTask invoke:
                    running[invoke.Id] = InvokeSafely(invoke.Request, cancellationToken);
                    break;
                case ExecutionCommand.StartTimer timer:
                    timers.Enqueue(timer.Id, (timer.Due, timer.Id));
                    break;
                case ExecutionCommand.CancelTask cancel:
                    // Its outcome no longer counts: the run does not wait for it.
                    running.Remove(cancel.Id);
                    break;
            }
        }
    }

    /// <summary>A handler that throws fails the task (States.TaskFailed) instead of the run.</summary>
    private async Task<TaskResult> InvokeSafely(TaskRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await _tasks.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return TaskResult.Failure(Asl.StatesErrors.TaskFailed, e.Message);
        }
    }

    private static (long Id, Task<TaskResult> Task)? TakeCompleted(Dictionary<long, Task<TaskResult>> running)
    {
        (long Id, Task<TaskResult> Task)? earliest = null;
        foreach (var (id, task) in running)
        {
            if (task.IsCompleted && (earliest is null || id < earliest.Value.Id))
            {
                earliest = (id, task);
            }
        }

        if (earliest is { } found)
        {
            running.Remove(found.Id);
        }

        return earliest;
    }
}
