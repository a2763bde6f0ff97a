using Cairn.Engine.Execution;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Carries out an interpreter's commands in process until the execution ends: invokes tasks
/// through the task handler and fires timers on a <see cref="ScaledClock"/> (time scale 0: at
/// once, in due order; the execution's timeout only once the tasks under way have taken that long).
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

    /// <summary>
    /// Whether the events of each step are let go once <c>onStep</c> has seen them
    /// (<see cref="Interpreter.ForgetHistory"/>): for Express executions, whose history nobody reads,
    /// so that a long one runs in bounded memory. Default false.
    /// </summary>
    public bool ForgetsHistory { get; init; }

    /// <summary>Runs the execution from its start to its end; <paramref name="onStep"/> sees each step as it is made.</summary>
    public async Task RunAsync(Interpreter interpreter, Action<StepResult>? onStep = null, CancellationToken cancellationToken = default)
    {
        var running = new Dictionary<long, Task<TaskResult>>();
        var timers = new PriorityQueue<long, (DateTimeOffset Due, long Order)>();
        var continues = false;
        IReadOnlyList<ExecutionCommand> Apply(InterpreterInput input)
        {
            var step = interpreter.Apply(input);
            continues = step.Continues;
            onStep?.Invoke(step);
            if (ForgetsHistory)
            {
                interpreter.ForgetHistory();
            }

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

            if (continues)
            {
                // A step that ran its budget of states: let other work run, then carry on.
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();

                // A timer that fell due meanwhile (the execution's timeout) fires before the run goes on.
                if (timers.TryPeek(out var dueId, out var due) && due.Due <= _clock.GetUtcNow())
                {
                    timers.Dequeue();
                    commands = Apply(InterpreterInput.TimerFired(_clock.GetUtcNow(), dueId));
                    continue;
                }

                commands = Apply(InterpreterInput.Continue(_clock.GetUtcNow()));
                continue;
            }

            var completed = TakeCompleted(running);
            if (completed is { } done)
            {
                commands = Apply(InterpreterInput.TaskCompleted(_clock.GetUtcNow(), done.Id, await done.Task.ConfigureAwait(false)));
                continue;
            }

            if (timers.TryPeek(out var timerId, out var next))
            {
                // The execution's timeout is not fast-forwarded past a running task: the time a task
                // takes is real (else, at time scale 0, every Express execution with a task would time out).
                var delay = running.Count > 0 && interpreter.IsExecutionTimeout(timerId)
                    ? next.Due - _clock.GetUtcNow()
                    : _clock.RealDelay(next.Due - _clock.GetUtcNow());
                if (delay > TimeSpan.Zero || running.Count > 0)
                {
                    if (running.Count > 0 && delay > TimeSpan.Zero)
                    {
                        // A task that ends first cancels the sleep, so that no timer outlives its use.
                        using var sleeping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        var sleep = Task.Delay(delay, sleeping.Token);
                        var first = await Task.WhenAny(running.Values.Append(sleep)).ConfigureAwait(false);
                        if (first != sleep)
                        {
                            // The commands were carried out: the task that ended is taken next.
                            await sleeping.CancelAsync().ConfigureAwait(false);
                            commands = Array.Empty<ExecutionCommand>();
                            continue;
                        }
                    }
                    else if (delay > TimeSpan.Zero)
                    {
                        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
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
