using System.Text.Json;
using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;
using Cairn.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite.Tests.Legacy;

/// <summary>
/// A database written by the build before log formats (<c>unversioned-database.sql</c>, made by
/// <c>make-unversioned-database.py</c>): executions paused in a Wait, a retry, a callback, an
/// activity (beside an activity that did not exist), a distributed Map Run and a redrive. This build
/// upgrades its schema, replays each log to exactly the events that build wrote, and carries every
/// execution on to its end.
/// </summary>
public sealed class UnversionedDatabaseTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_schema_is_upgraded_and_every_execution_keeps_the_format_it_was_written_in()
    {
        using var store = Open();

        var running = store.ListRunning();
        Assert.Equal(["w1", "r1", "c1", "a1", "m1", "d1"], running.Select(e => e.Name));
        Assert.All(running, e => Assert.Equal(LogFormat.Unversioned, e.LogFormat));
        Assert.All(running, e => Assert.All(store.GetInputs(e.ExecutionArn), input => Assert.Null(input.MissingActivities)));
    }

    [Fact]
    public void Every_log_replays_step_by_step_to_the_events_that_build_wrote()
    {
        using var store = Open();
        foreach (var record in store.ListRunning())
        {
            var revision = store.GetRevision(record.RevisionId)!;
            var machine = StateMachineCompiler.TryCompile(revision.Definition, Cairn.Asl.Validation.ValidationOptions.Standard, out _)!;
            var stored = store.GetEvents(record.ExecutionArn, 0, int.MaxValue, reverse: false);
            var replayed = new List<StoredEvent>();
            var interpreter = LogReplay.Replay(record, machine, store.GetInputs(record.ExecutionArn), TaskTokenCodec.FromSecrets(store), () => stored, (_, step) => replayed.AddRange(step.Events.Select(StoredEvent.From)));

            Assert.Equal(ExecutionStatus.RUNNING, interpreter.Status);
            Assert.True(stored.SequenceEqual(replayed), $"{record.Name}: the replayed events differ from those stored");
        }
    }

    [Fact]
    public async Task Every_execution_carries_on_to_its_end()
    {
        using var store = Open();
        var tokens = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Legacy", "tokens.json")))!;

        // First the tasks completed from outside, on a clock that stands at the time the database was
        // written (their heartbeat clocks must not run out); then the timers, with waits fast-forwarded.
        var written = store.ListRunning().Max(e => store.GetEvents(e.ExecutionArn, 0, 1, reverse: true)[0].Timestamp);
        await using (var host = new DurableExecutionHost(Options(store, new StandingClock(written), TimeScale.RealTime)))
        {
            Assert.Equal(6, host.Resume());
            foreach (var (arn, token) in tokens)
            {
                Assert.Equal(TaskTokenOutcome.Accepted, await host.SendTaskResultAsync(token, TaskResult.Success(JValue.Parse("""{"answered":true}"""))));
                Assert.Equal(ExecutionStatus.SUCCEEDED, (await host.WhenEndedAsync(arn, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60))).Status);
            }
        }

        await using (var host = new DurableExecutionHost(Options(store, TimeProvider.System, new TimeScale(0))))
        {
            Assert.Equal(4, host.Resume());
            foreach (var record in store.ListExecutions("arn:aws:states:us-east-1:123456789012:stateMachine:waits", null, 0, 10)
                         .Concat(store.ListExecutions("arn:aws:states:us-east-1:123456789012:stateMachine:retries", null, 0, 10))
                         .Concat(store.ListExecutions("arn:aws:states:us-east-1:123456789012:stateMachine:maps", null, 0, 10))
                         .Concat(store.ListExecutions("arn:aws:states:us-east-1:123456789012:stateMachine:redrives", null, 0, 10)))
            {
                var ended = await host.WhenEndedAsync(record.Execution.ExecutionArn, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
                Assert.True(ended.Status == ExecutionStatus.SUCCEEDED, $"{ended.Name}: {ended.Status} {ended.Error} {ended.Cause}");
            }
        }

        var map = store.ListMapRuns("arn:aws:states:us-east-1:123456789012:execution:maps:m1", 0, 10).Single().MapRun;
        Assert.Equal(("SUCCEEDED", 3, 4L), (map.Status, map.MaxConcurrency, map.ItemCounts.Succeeded));
        Assert.Contains("\"fellBack\":true", store.GetExecution("arn:aws:states:us-east-1:123456789012:execution:retries:r1")!.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>The database as that build left it, opened (and so upgraded) by this build's store.</summary>
    private SqliteStore Open()
    {
        var path = Path.Combine(_folder.Dir, "cairn.db");
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Legacy", "unversioned-database.sql"));
            command.ExecuteNonQuery();
        }

        return new SqliteStore(new SqliteStoreOptions { Path = path });
    }

    private static DurableExecutionHostOptions Options(SqliteStore store, TimeProvider time, TimeScale scale) => new()
    {
        Executions = store,
        Machines = store,
        Activities = store,
        Tasks = new LegacyTasks(),
        Time = time,
        TimeScale = scale,
        EvictIdleAfter = null,
        TaskTokens = TaskTokenCodec.FromSecrets(store),
    };

    /// <summary>What <c>cairn serve</c> without a mock configuration does: callbacks are submitted, other tasks fail.</summary>
    private sealed class LegacyTasks : ITaskHandler
    {
        public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(request.Resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal)
                ? TaskResult.Submission(request.Context?.Submitted ?? JObject.Empty)
                : TaskResult.Failure(Cairn.Asl.StatesErrors.TaskFailed, "no integration"));
    }

    /// <summary>A clock standing at one moment: nothing comes due.</summary>
    private sealed class StandingClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
