using System.Collections.Concurrent;
using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Runs durable (Standard) executions against a store. Every input (start, task outcome, timer,
/// stop) is applied to the execution's interpreter under the execution's lock; the resulting
/// batch — the input, its events, its timers — is queued for group commit, and only once it is
/// committed are the commands carried out (tasks invoked, timers set) and callers answered. After
/// a crash, <see cref="ResumeAsync"/> rebuilds every running execution by applying its logged
/// inputs again; the interpreter is deterministic, so it reaches the same state without recording
/// anything twice, then re-issues what was outstanding.
/// </summary>
public sealed partial class DurableExecutionHost : IAsyncDisposable
{
    private readonly IExecutionStore _executions;
    private readonly IStateMachineStore _machines;
    private readonly ITaskHandler _tasks;
    private readonly TimeProvider _time;
    private readonly GroupCommitter _committer;
    private readonly TimerQueue _timers;
    private readonly ConcurrentDictionary<string, LiveExecution> _live = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StateMachine> _compiled = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly double _timeScale;

    /// <param name="timeScale">Real seconds per second of Wait states and retry delays: 1 (default) waits in full, 0 not at all (a timer then fires at once and the execution's clock moves to its due time).</param>
    public DurableExecutionHost(IExecutionStore executions, IStateMachineStore machines, ITaskHandler tasks, TimeProvider? time = null, int maxCommitGroup = 1024, double timeScale = 1)
    {
        if (timeScale < 0 || !double.IsFinite(timeScale))
        {
            throw new ArgumentOutOfRangeException(nameof(timeScale), "The time scale must be 0 or more");
        }

        _timeScale = timeScale;
        _executions = executions;
        _machines = machines;
        _tasks = tasks;
        _time = time ?? TimeProvider.System;
        _committer = new GroupCommitter(executions, maxCommitGroup);
        _timers = new TimerQueue(_time);
    }

    /// <summary>Reports problems that no caller is waiting for (a failed commit of a background step, an execution that cannot be resumed).</summary>
    public event Action<string, Exception>? Error;

    /// <summary>Running executions held in memory (the others wait in the store).</summary>
    public int LiveCount => _live.Count;

    public GroupCommitter Committer => _committer;

    /// <summary>Registers the compiled form of a revision, so that starts and resumes do not compile it again.</summary>
    public void RegisterCompiled(string revisionId, StateMachine machine) => _compiled[revisionId] = machine;

    /// <summary>Starts an execution (or finds the running one it repeats) once its first batch is committed.</summary>
    public async Task<(ExecutionStartOutcome Outcome, ExecutionRecord Execution)> StartAsync(ExecutionStartRequest request)
    {
        var now = _time.GetUtcNow();
        var revision = request.Machine.Revision;
        var record = new ExecutionRecord(
            request.ExecutionArn,
            request.Machine.Arn,
            revision.RevisionId,
            request.Name,
            revision.RoleArn,
            now,
            request.InputText,
            Random.Shared.Next(),
            request.TestCase,
            StateMachineVersionArn: request.StateMachineVersionArn,
            StateMachineAliasArn: request.StateMachineAliasArn);
        _compiled.TryAdd(revision.RevisionId, request.Compiled);
        var live = Create(record, request.Compiled, request.Input);
        CheckActivitiesNow(live);
        if (!_live.TryAdd(record.ExecutionArn, live))
        {
            return await Existing(request).ConfigureAwait(false);
        }

        if (_executions.GetExecution(record.ExecutionArn) is { } stored)
        {
            _live.TryRemove(new KeyValuePair<string, LiveExecution>(record.ExecutionArn, live));
            return (SameRun(stored, request.InputText), stored);
        }

        await ApplyAsync(live, InterpreterInput.Start, record).ConfigureAwait(false);
        return (ExecutionStartOutcome.Started, record);
    }

    /// <summary>Stops a running execution (ExecutionAborted); returns the execution as stored afterwards, or null when it does not exist.</summary>
    public async Task<ExecutionRecord?> StopAsync(string executionArn, string? error, string? cause)
    {
        var step = WithLive(executionArn, live => ApplyAsync(live, time => InterpreterInput.Stop(time, error, cause)), Task.CompletedTask);
        await step.ConfigureAwait(false);
        return _executions.GetExecution(executionArn);
    }

    /// <summary>Waits until every batch queued so far for this execution is committed.</summary>
    public Task WhenCommitted(string executionArn)
    {
        if (!_live.TryGetValue(executionArn, out var live))
        {
            return Task.CompletedTask;
        }

        lock (live)
        {
            return live.LastCommit;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await _resuming.ConfigureAwait(false);
        await _timers.DisposeAsync().ConfigureAwait(false);
        await _committer.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task<(ExecutionStartOutcome, ExecutionRecord)> Existing(ExecutionStartRequest request)
    {
        if (_live.TryGetValue(request.ExecutionArn, out var running))
        {
            Task created;
            lock (running)
            {
                created = running.LastCommit;
            }

            await created.ConfigureAwait(false);
            return (SameRun(running.Record, request.InputText), running.Record);
        }

        var stored = _executions.GetExecution(request.ExecutionArn)
            ?? throw new InvalidOperationException($"Execution {request.ExecutionArn} vanished while it was being started");
        return (SameRun(stored, request.InputText), stored);
    }

    private static ExecutionStartOutcome SameRun(ExecutionRecord existing, string inputText) =>
        existing.Status == ExecutionStatus.RUNNING && existing.InputText == inputText
            ? ExecutionStartOutcome.AlreadyRunning
            : ExecutionStartOutcome.NameTaken;

    private LiveExecution Create(ExecutionRecord record, StateMachine machine, Json.JValue input)
    {
        var clock = new StepClock(record.StartDate);
        var arn = record.StateMachineArn.Split(':');
        var info = new ExecutionInfo(
            record.ExecutionArn,
            record.Name,
            record.StateMachineArn,
            arn.Length > 6 ? arn[6] : record.StateMachineArn,
            record.RoleArn,
            record.StartDate,
            input,
            arn.Length > 3 ? arn[3] : "us-east-1",
            record.TestCase,
            InputText: record.InputText,
            TaskTokens: TaskTokens);
        var interpreter = new Interpreter(machine, info, clock, new Asl.Data.SeededEntropySource(record.EntropySeed));
        return new LiveExecution(record, interpreter, clock);
    }

    /// <summary>
    /// Applies one input under the execution's lock and queues its batch; the returned task
    /// completes when the batch is committed and its commands are under way.
    /// </summary>
    private Task ApplyAsync(LiveExecution live, Func<DateTimeOffset, InterpreterInput> makeInput, ExecutionRecord? created = null, DateTimeOffset notBefore = default)
    {
        Task committed;
        IReadOnlyList<ExecutionCommand> commands;
        bool ended;
        lock (live)
        {
            if (live.Closed)
            {
                return live.LastCommit;
            }

            // The start runs at the execution's start date; later steps never go back in time.
            var now = created?.StartDate ?? _time.GetUtcNow();
            if (now < live.LastStepTime)
            {
                now = live.LastStepTime;
            }

            if (now < notBefore)
            {
                now = notBefore;
            }

            live.LastStepTime = now;
            live.Clock.Now = now;
            var input = makeInput(now);
            commands = input.ApplyTo(live.Interpreter);
            RegisterInvocations(live, commands);
            var commit = live.TakeCommit(input, commands, created);
            ended = commit.Outcome is not null;
            live.Closed = ended;
            committed = _committer.CommitAsync(commit);
            live.LastCommit = committed;
        }

        return AfterCommitAsync(live, committed, commands, ended);
    }

    private async Task AfterCommitAsync(LiveExecution live, Task committed, IReadOnlyList<ExecutionCommand> commands, bool ended)
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

        if (ended)
        {
            _live.TryRemove(new KeyValuePair<string, LiveExecution>(live.Arn, live));
            CancelInvocations(live);
            OnEnded(live);
            return;
        }

        Dispatch(live, commands);
        ScheduleEviction(live);
    }

    /// <summary>An execution whose batch could not be committed is dropped from memory; a restart resumes it from what was committed.</summary>
    private void Drop(LiveExecution live, Exception e)
    {
        lock (live)
        {
            live.Closed = true;
        }

        _live.TryRemove(new KeyValuePair<string, LiveExecution>(live.Arn, live));
        Error?.Invoke($"A batch of {live.Arn} was not committed; the execution is paused until the next start.", e);
    }

    private void Dispatch(LiveExecution live, IReadOnlyList<ExecutionCommand> commands)
    {
        foreach (var command in commands)
        {
            switch (command)
            {
                case ExecutionCommand.InvokeTask invoke when Interpreter.IsActivity(invoke.Request.Resource):
                    EnqueueActivity(live, invoke);
                    break;
                case ExecutionCommand.InvokeTask invoke:
                    _ = InvokeAsync(live, invoke);
                    break;
                case ExecutionCommand.StartTimer timer:
                    var arn = live.Arn;
                    lock (live)
                    {
                        live.Timers.Add((timer.Due, timer.Id));
                    }

                    _timers.Schedule(RealDue(timer.Due), () => _ = InBackground(arn, () => WithLive(
                        arn, due => FireTimer(due, timer), Task.CompletedTask)));
                    break;
                case ExecutionCommand.CancelTask cancel:
                    CancelInvocation(live, cancel.Id);
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
                    (fired ??= new()).Add(ApplyAsync(live, time => InterpreterInput.TimerFired(time, id), notBefore: due));
                }
            }

            var last = ApplyAsync(live, time => InterpreterInput.TimerFired(time, timer.Id), notBefore: timer.Due);
            return fired is null ? last : Task.WhenAll([.. fired, last]);
        }
    }

    /// <summary>When a timer due at <paramref name="due"/> really fires, given the time scale.</summary>
    private DateTimeOffset RealDue(DateTimeOffset due)
    {
        if (_timeScale == 1)
        {
            return due;
        }

        var now = _time.GetUtcNow();
        return due <= now ? due : now + ((due - now) * Math.Min(_timeScale, 1e6));
    }

    /// <summary>Runs a step nobody waits for: its failure is reported through <see cref="Error"/>.</summary>
    private async Task InBackground(string executionArn, Func<Task> step)
    {
        try
        {
            await step().ConfigureAwait(false);
        }
        catch (Exception e) when (!_stopping.IsCancellationRequested)
        {
            Error?.Invoke($"A step of {executionArn} failed.", e);
        }
        catch (Exception)
        {
            // Shutting down: the execution resumes from its log on the next start.
        }
    }

    private StateMachine Compile(StateMachineRevision revision)
    {
        if (_compiled.TryGetValue(revision.RevisionId, out var machine))
        {
            return machine;
        }

        machine = StateMachineCompiler.TryCompile(revision.Definition, ValidationOptions.Standard, out var diagnostics)
            ?? throw new InvalidOperationException($"Revision {revision.RevisionId} of {revision.StateMachineArn} no longer compiles: {string.Join("; ", diagnostics.Select(d => d.Message))}");
        return _compiled.GetOrAdd(revision.RevisionId, machine);
    }
}
