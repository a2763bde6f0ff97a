using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Runs durable (Standard) executions against a store. It is a few parts with one job each, all
/// built from one <see cref="DurableExecutionHostOptions"/>:
/// <list type="bullet">
/// <item><see cref="CommitPipeline"/> — apply an input (one step of the interpreter), commit its batch (group commit);</item>
/// <item><see cref="AfterCommit"/> — what runs after a commit: the step's commands are carried out, or the ended execution leaves;</item>
/// <item><see cref="Residency"/> — which executions are in memory: load (replay the log), evict when idle, resume at start-up;</item>
/// <item><see cref="TaskInvocations"/> — the task invocations under way in this process;</item>
/// <item><see cref="TaskBroker"/> — task tokens (SendTask*) and activity tasks (GetActivityTask);</item>
/// <item><see cref="NestedExecutions"/> — executions started by tasks, and the tasks waiting for them;</item>
/// <item><see cref="MapRunUpdates"/>, <see cref="Redrives"/> and <see cref="OpenExecutionQuota"/>.</item>
/// </list>
/// After a crash, resuming rebuilds every running execution by applying its logged inputs again;
/// the interpreter is deterministic, so it reaches the same state without recording anything twice,
/// then re-issues what was outstanding.
/// </summary>
public sealed class DurableExecutionHost : IAsyncDisposable
{
    /// <summary>What ExecutionLimitExceeded says (AWS documents the error with these words).</summary>
    public const string ExecutionLimitExceededMessage = OpenExecutionQuota.ExecutionLimitExceededMessage;

    private readonly IExecutionStore _executions;
    private readonly TimeProvider _time;
    private readonly Func<int> _entropySeeds;
    private readonly CompiledMachines _compiled;
    private readonly Action<string, Exception>? _onError;
    private readonly TimerQueue _timers;
    private readonly MapRunUpdates _mapRuns;
    private readonly Redrives _redrives;
    private readonly CancellationTokenSource _stopping = new();
    private readonly InFlightWork _work = new();

    public DurableExecutionHost(DurableExecutionHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _executions = options.Executions;
        _time = options.Time;
        _entropySeeds = options.EntropySeeds;
        _compiled = options.Compiled;
        _onError = options.OnError;
        _timers = new TimerQueue(options.Time);
        Quota = new OpenExecutionQuota(options);
        Pipeline = new CommitPipeline(options, this);
        AfterCommit = new AfterCommit(options, this, _timers);
        Residency = new Residency(options, this, _timers);
        Invocations = new TaskInvocations(options, this);
        Broker = new TaskBroker(options, this);
        Nested = new NestedExecutions(options, this);
        _mapRuns = new MapRunUpdates(this);
        _redrives = new Redrives(options, this);
    }

    /// <summary>Running executions held in memory (the others wait in the store).</summary>
    public int LiveCount => Residency.Count;

    /// <summary>Running executions as counted for the limit of open executions (0 when there is no limit).</summary>
    public long OpenExecutions => Quota.Open;

    public GroupCommitter Committer => Pipeline.Committer;

    /// <summary>Seals and opens the task tokens of this host's executions.</summary>
    public TaskTokenCodec TaskTokens => Broker.TaskTokens;

    /// <summary>Completes when the executions found running at start-up are all resumed.</summary>
    public Task Resuming => Residency.Resuming;

    internal CommitPipeline Pipeline { get; }

    internal AfterCommit AfterCommit { get; }

    internal Residency Residency { get; }

    internal TaskInvocations Invocations { get; }

    internal TaskBroker Broker { get; }

    internal NestedExecutions Nested { get; }

    internal OpenExecutionQuota Quota { get; }

    /// <summary>Cancelled when the host is disposed.</summary>
    internal CancellationToken Stopping => _stopping.Token;

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
            _entropySeeds(),
            request.TestCase,
            StateMachineVersionArn: request.StateMachineVersionArn,
            StateMachineAliasArn: request.StateMachineAliasArn);
        _compiled.Add(revision.RevisionId, request.Compiled);
        var live = Residency.Create(record, request.Compiled, request.Input);
        if (!Residency.TryAdd(live))
        {
            return await Existing(request).ConfigureAwait(false);
        }

        if (_executions.GetExecution(record.ExecutionArn) is { } stored)
        {
            Residency.Remove(live);
            return (SameRun(stored, request.InputText), stored);
        }

        await Pipeline.ApplyAsync(live, InterpreterInput.Start, record).ConfigureAwait(false);
        return (ExecutionStartOutcome.Started, record);
    }

    /// <summary>
    /// <see cref="StartAsync"/> within the limit of open executions: null when it is reached and the
    /// request names no existing execution (a name that exists is answered as StartAsync answers it:
    /// nothing new runs).
    /// </summary>
    public async Task<(ExecutionStartOutcome Outcome, ExecutionRecord Execution)?> StartWithinLimitAsync(ExecutionStartRequest request)
    {
        if (!Quota.TryOpen())
        {
            return _executions.GetExecution(request.ExecutionArn) is null ? null : await StartAsync(request).ConfigureAwait(false);
        }

        (ExecutionStartOutcome Outcome, ExecutionRecord Execution) result;
        try
        {
            result = await StartAsync(request).ConfigureAwait(false);
        }
        catch
        {
            Quota.Close();
            throw;
        }

        if (result.Outcome != ExecutionStartOutcome.Started)
        {
            Quota.Close();
        }

        return result;
    }

    /// <summary>Stops a running execution (ExecutionAborted); returns the execution as stored afterwards, or null when it does not exist.</summary>
    public async Task<ExecutionRecord?> StopAsync(string executionArn, string? error, string? cause)
    {
        var step = Residency.WithLive(executionArn, live => Pipeline.ApplyAsync(live, time => InterpreterInput.Stop(time, error, cause)), Task.CompletedTask);
        await step.ConfigureAwait(false);
        return _executions.GetExecution(executionArn);
    }

    /// <summary>Waits until every batch queued so far for this execution is committed.</summary>
    public Task WhenCommitted(string executionArn)
    {
        if (Residency.Find(executionArn) is not { } live)
        {
            return Task.CompletedTask;
        }

        lock (live)
        {
            return live.LastCommit;
        }
    }

    /// <summary>Completes with the execution as stored once it has ended (at once when it already has).</summary>
    public Task<ExecutionRecord> WhenEndedAsync(string executionArn, CancellationToken cancellationToken) =>
        Nested.WhenEndedAsync(executionArn, cancellationToken);

    /// <summary>SendTaskSuccess (a <see cref="TaskResult.Succeeded"/>) or SendTaskFailure (a <see cref="TaskResult.Failed"/>).</summary>
    public Task<TaskTokenOutcome> SendTaskResultAsync(string token, TaskResult result) => Broker.SendTaskResultAsync(token, result);

    /// <summary>SendTaskHeartbeat: restarts the task's HeartbeatSeconds clock.</summary>
    public Task<TaskTokenOutcome> SendTaskHeartbeatAsync(string token) => Broker.SendTaskHeartbeatAsync(token);

    /// <summary>GetActivityTask: the next task of the activity, waiting up to <paramref name="wait"/>; null when no task came.</summary>
    public Task<ActivityTask?> GetActivityTaskAsync(string activityArn, string? workerName, TimeSpan wait, CancellationToken cancellationToken) =>
        Broker.GetActivityTaskAsync(activityArn, workerName, wait, cancellationToken);

    /// <summary>UpdateMapRun: false when the execution holds no such running Map Run.</summary>
    public Task<bool> UpdateMapRunAsync(string executionArn, MapRunUpdate update) => _mapRuns.UpdateAsync(executionArn, update);

    /// <summary>RedriveExecution; null when the execution does not exist.</summary>
    public Task<RedriveResult?> RedriveAsync(string executionArn, string? clientToken) => _redrives.RedriveAsync(executionArn, clientToken);

    /// <summary>Resumes every running execution of the store before returning; returns how many were resumed.</summary>
    public int Resume() => Residency.Resume();

    /// <summary>
    /// Resumes every running execution of the store in the background, so that requests are
    /// answered meanwhile; returns how many there are. <see cref="Resuming"/> completes when all are.
    /// </summary>
    public int ResumeInBackground() => Residency.ResumeInBackground(_stopping.Token);

    /// <summary>
    /// Stops the host: task invocations under way are cancelled, timers stop, and the steps already
    /// under way (a task's result being committed, a timer firing) are awaited before the commit
    /// pipeline closes, so that nothing touches the store once this returns and the caller disposes
    /// it. What comes later (a task that answers after all) is not committed: the task is still
    /// outstanding in the log, and the next start invokes it again, as after a crash.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        var drained = _work.CloseAsync();
        _stopping.Cancel();
        await Residency.Resuming.ConfigureAwait(false);
        await _timers.DisposeAsync().ConfigureAwait(false);
        await drained.ConfigureAwait(false);
        await Pipeline.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <summary>Runs work for a task under way (a submission, a child execution) unless the host is stopping, when it is cancelled.</summary>
    internal async Task<T> WhileOpen<T>(Func<Task<T>> work)
    {
        if (!_work.TryEnter())
        {
            throw new OperationCanceledException(Stopping);
        }

        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            _work.Exit();
        }
    }

    /// <summary>
    /// Runs a step nobody waits for: its failure is reported, unless the host is stopping. Once the
    /// host is stopping, it does not run (the execution resumes from its log on the next start).
    /// </summary>
    internal async Task InBackground(string executionArn, Func<Task> step)
    {
        if (!_work.TryEnter())
        {
            return;
        }

        try
        {
            await step().ConfigureAwait(false);
        }
        catch (Exception e) when (!_stopping.IsCancellationRequested)
        {
            ReportError($"A step of {executionArn} failed.", e);
        }
        catch (Exception)
        {
            // Shutting down: the execution resumes from its log on the next start.
        }
        finally
        {
            _work.Exit();
        }
    }

    internal void ReportError(string message, Exception e) => _onError?.Invoke(message, e);

    private async Task<(ExecutionStartOutcome, ExecutionRecord)> Existing(ExecutionStartRequest request)
    {
        if (Residency.Find(request.ExecutionArn) is { } running)
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
}
