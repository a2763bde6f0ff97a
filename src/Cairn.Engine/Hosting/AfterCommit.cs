using Cairn.Engine.Execution;
using Cairn.Engine.Execution.States;

namespace Cairn.Engine.Hosting;

/// <summary>
/// What runs after a commit, and only then: a step's commands are carried out — tasks invoked,
/// activity tasks queued for workers, timers set, given-up tasks cancelled — or, when the step
/// ended the execution, it leaves memory, whatever it had under way is cancelled and the executions
/// waiting for its end hear of it. A batch that could not be committed changes nothing outside.
/// </summary>
internal sealed class AfterCommit
{
    private readonly DurableExecutionHost _host;
    private readonly TimeProvider _time;
    private readonly TimeScale _timeScale;
    private readonly TimerQueue _timers;

    public AfterCommit(DurableExecutionHostOptions options, DurableExecutionHost host, TimerQueue timers)
    {
        _host = host;
        _time = options.Time;
        _timeScale = options.TimeScale;
        _timers = timers;
    }

    /// <summary>Waits for the step's batch to be committed, then carries out what it asked for.</summary>
    public async Task RunAsync(LiveExecution live, Task committed, StepResult step)
    {
        try
        {
            await committed.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Drop(live, e);
            throw;
        }

        if (step.Ended)
        {
            _host.Residency.Remove(live);
            TaskInvocations.CancelAll(live);
            _host.Quota.Close();
            _host.Nested.OnEnded(live.Arn);
            return;
        }

        Dispatch(live, step.Commands);
        _host.Residency.ScheduleEviction(live);
    }

    /// <summary>Carries out commands whose batch is committed (also those a resumed execution had outstanding).</summary>
    public void Dispatch(LiveExecution live, IReadOnlyList<ExecutionCommand> commands)
    {
        foreach (var command in commands)
        {
            switch (command)
            {
                case ExecutionCommand.InvokeTask invoke when TaskResource.IsActivity(invoke.Request.Resource):
                    _host.Broker.EnqueueActivity(live, invoke);
                    break;
                case ExecutionCommand.InvokeTask invoke:
                    _ = _host.Invocations.InvokeAsync(live, invoke);
                    break;
                case ExecutionCommand.StartTimer timer:
                    var arn = live.Arn;
                    lock (live)
                    {
                        live.Timers.Add((timer.Due, timer.Id));
                    }

                    _timers.Schedule(_timeScale.RealDue(timer.Due, _time.GetUtcNow()), () => _ = _host.InBackground(arn, () => _host.Residency.WithLive(
                        arn, due => FireTimer(due, timer), Task.CompletedTask)));
                    break;
                case ExecutionCommand.CancelTask cancel:
                    _host.Invocations.Cancel(live, cancel.Id);
                    break;
            }
        }
    }

    /// <summary>
    /// Fires a timer, first firing the execution's timers that are due before it. Under a time
    /// scale, timers due at different times come due at the same real moment and their callbacks
    /// race on the thread pool; an execution timeout due before a Wait must still win.
    /// </summary>
    private Task FireTimer(LiveExecution live, ExecutionCommand.StartTimer timer)
    {
        lock (live)
        {
            if (live.TimersFiredEarly.Remove(timer.Id))
            {
                return Task.CompletedTask;
            }

            List<Task>? fired = null;
            if (live.Timers.Remove((timer.Due, timer.Id)))
            {
                while (live.Timers.Count > 0 && live.Timers.Min.Due < timer.Due)
                {
                    var (due, id) = live.Timers.Min;
                    live.Timers.Remove((due, id));
                    live.TimersFiredEarly.Add(id);
                    (fired ??= new()).Add(_host.Pipeline.ApplyAsync(live, time => InterpreterInput.TimerFired(time, id), notBefore: due));
                }
            }

            var last = _host.Pipeline.ApplyAsync(live, time => InterpreterInput.TimerFired(time, timer.Id), notBefore: timer.Due);
            return fired is null ? last : Task.WhenAll([.. fired, last]);
        }
    }

    /// <summary>An execution whose batch could not be committed is dropped from memory; a restart resumes it from what was committed.</summary>
    private void Drop(LiveExecution live, Exception e)
    {
        lock (live)
        {
            live.Closed = true;
        }

        _host.Residency.Remove(live);
        _host.ReportError($"A batch of {live.Arn} was not committed; the execution is paused until the next start.", e);
    }
}
