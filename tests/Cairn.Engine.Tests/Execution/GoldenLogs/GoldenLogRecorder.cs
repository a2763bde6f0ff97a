using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Execution.GoldenLogs;

/// <summary>
/// Writes a golden log with this build: runs the scenario in a host over a store that keeps every
/// batch, on a clock that stands still (nothing comes due by itself), up to its pause; then loads
/// those batches into another store and carries the execution on to its end with a new host, as
/// after an upgrade.
/// </summary>
internal static class GoldenLogRecorder
{
    public const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:golden";
    public const string ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:golden:e1";
    public const string RevisionId = "golden-revision-1";

    /// <summary>Far enough ahead that no timer of a golden log comes due in real time.</summary>
    public static readonly DateTimeOffset Start = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The task token key of every golden log: a resumed execution's tokens open with it.</summary>
    public static TaskTokenCodec TaskTokens => new(new byte[TaskTokenCodec.KeyBytes]);

    public static async Task<GoldenLog> RecordAsync(GoldenScenario scenario)
    {
        var store = NewStore(scenario.Definition, scenario.Activities);
        var commits = new List<ExecutionCommit>();
        var tokens = new List<string>();
        var clock = new ManualClock(Start);
        GoldenRun? run = null;
        var invocations = 0;
        var handler = new Handler(request =>
        {
            if (request.TaskToken is { } token)
            {
                run!.HandedOut(token);
            }

            return scenario.Record(request, Interlocked.Increment(ref invocations) - 1);
        });
        await using (var host = new DurableExecutionHost(new DurableExecutionHostOptions
        {
            Executions = new KeepingStore(store, commits),
            Machines = store,
            Activities = store,
            Tasks = handler,
            Time = clock,
            EvictIdleAfter = null,
            TaskTokens = TaskTokens,
            EntropySeeds = () => 20260101,
        }))
        {
            run = new GoldenRun(host, clock, commits, tokens, ExecutionArn);
            var machine = store.GetStateMachine(MachineArn)!;
            var compiled = StateMachineCompiler.TryCompile(scenario.Definition, Cairn.Asl.Validation.ValidationOptions.Standard, out _)!;
            await host.StartAsync(new ExecutionStartRequest(machine, compiled, ExecutionArn, "e1", JValue.Parse(scenario.Input), scenario.Input));
            await scenario.Drive(run);
            await host.WhenCommitted(ExecutionArn);
        }

        var log = new GoldenLog(scenario.Name, LogFormat.Current, scenario.Definition, scenario.Activities, run.Tokens, run.Committed(), new GoldenEnd(ExecutionStatus.RUNNING, null, null, null, []));
        return log with { End = await ResumeAsync(scenario, log) };
    }

    /// <summary>Loads the golden log into a new store and carries it on with a new host until the execution ends.</summary>
    public static async Task<GoldenEnd> ResumeAsync(GoldenScenario scenario, GoldenLog log)
    {
        var store = NewStore(log.Definition, scenario.ResumeActivities);
        foreach (var commit in log.Commits)
        {
            store.Commit([commit with { ExecutionArn = log.Execution.ExecutionArn }]);
        }

        var errors = new List<string>();
        await using var host = new DurableExecutionHost(new DurableExecutionHostOptions
        {
            Executions = store,
            Machines = store,
            Activities = store,
            Tasks = new Handler(scenario.Resume),
            TimeScale = scenario.ResumeScale,
            EvictIdleAfter = null,
            TaskTokens = TaskTokens,
            OnError = (message, e) =>
            {
                lock (errors)
                {
                    errors.Add($"{message} {e}");
                }
            },
        });
        Assert.Equal(1, host.Resume());
        await scenario.Continue(host, log);
        var ended = await host.WhenEndedAsync(log.Execution.ExecutionArn, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Empty(errors);
        return GoldenEnd.Of(ended, store.GetEvents(ended.ExecutionArn, 0, int.MaxValue, reverse: false));
    }

    private static InMemoryStore NewStore(string definition, IReadOnlyList<string> activities)
    {
        var store = new InMemoryStore();
        var created = new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero);
        var revision = new StateMachineRevision(RevisionId, MachineArn, definition, "arn:aws:iam::123456789012:role/golden", "{}", "{}", null, created);
        Assert.True(store.TryCreate(new StateMachineRecord(MachineArn, "golden", StateMachineKind.STANDARD, created, revision), []));
        foreach (var activity in activities)
        {
            Assert.True(store.TryCreateActivity(new ActivityRecord(activity, activity[(activity.LastIndexOf(':') + 1)..], created), []));
        }

        return store;
    }

    private sealed class Handler(Func<TaskRequest, Task<TaskResult>> answer) : ITaskHandler
    {
        public async ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) =>
            await answer(request).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An execution store that also keeps every batch it commits, in order.</summary>
    private sealed class KeepingStore(InMemoryStore store, List<ExecutionCommit> commits) : IExecutionStore
    {
        public void Commit(IReadOnlyList<ExecutionCommit> batch)
        {
            store.Commit(batch);
            lock (commits)
            {
                commits.AddRange(batch);
            }
        }

        public ExecutionRecord? GetExecution(string executionArn) => store.GetExecution(executionArn);

        public IReadOnlyList<(long Position, ExecutionRecord Execution)> ListExecutions(string stateMachineArn, ExecutionStatus? status, long after, int limit, bool? redriven = null) =>
            store.ListExecutions(stateMachineArn, status, after, limit, redriven);

        public IReadOnlyList<StoredEvent> GetEvents(string executionArn, long afterId, int limit, bool reverse) => store.GetEvents(executionArn, afterId, limit, reverse);

        public IReadOnlyList<ExecutionRecord> ListRunning() => store.ListRunning();

        public IReadOnlyList<InterpreterInput> GetInputs(string executionArn) => store.GetInputs(executionArn);

        public IReadOnlyList<TimerRecord> GetPendingTimers(string executionArn) => store.GetPendingTimers(executionArn);
    }
}
