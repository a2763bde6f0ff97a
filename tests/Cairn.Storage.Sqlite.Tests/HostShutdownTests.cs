using System.Collections.Concurrent;
using System.Reflection;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;
using Cairn.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite.Tests;

/// <summary>
/// Disposing the durable host while many executions have slow tasks under way (some of which ignore
/// cancellation and answer late): once DisposeAsync returns, nothing touches the store (which the
/// caller then disposes), and nothing is lost — every task's result is recorded once, by the host
/// started next, which invokes the tasks still outstanding again, as after a crash.
/// </summary>
public sealed class HostShutdownTests : IDisposable
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:slow";
    private const int Executions = 40;
    private const int Rounds = 6;

    // Every step reads the activity store (whether the activity the Choice never takes exists).
    private const string Definition = """
        {"StartAt":"T1","States":{
          "T1":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","ResultPath":"$.t1","Next":"T2"},
          "T2":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","ResultPath":"$.t2","Next":"T3"},
          "T3":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","ResultPath":"$.t3","Next":"C"},
          "C":{"Type":"Choice","Choices":[{"Variable":"$.never","IsPresent":true,"Next":"A"}],"Default":"Done"},
          "A":{"Type":"Task","Resource":"arn:aws:states:us-east-1:123456789012:activity:never","End":true},
          "Done":{"Type":"Succeed"}}}
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Disposing_the_host_mid_flight_leaves_the_store_alone_and_loses_no_result()
    {
        var path = Path.Combine(_folder.Dir, "cairn.db");
        var arns = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var tasks = new SlowTasks(seed: round);
            var store = new SqliteStore(new SqliteStoreOptions { Path = path });
            var (guardedStore, guard) = StoreGuard.Wrap(store);
            var errors = new ConcurrentQueue<string>();
            var host = new DurableExecutionHost(Options(guardedStore, tasks, errors));
            if (round == 0)
            {
                Assert.True(store.TryCreate(Machine(), []));
            }
            else
            {
                host.Resume();
            }

            var machine = store.GetStateMachine(MachineArn)!;
            for (var i = 0; i < Executions / Rounds; i++)
            {
                var name = $"r{round}-{i}";
                var (_, record) = await host.StartAsync(new ExecutionStartRequest(
                    machine, StateMachineCompiler.TryCompile(Definition, Cairn.Asl.Validation.ValidationOptions.Standard, out _)!,
                    $"arn:aws:states:us-east-1:123456789012:execution:slow:{name}", name, JValue.Parse("{}"), "{}"));
                arns.Add(record.ExecutionArn);
            }

            // Dispose while tasks are under way: some answer at once, some late, some ignore the cancellation.
            await tasks.WhenInvoked(Executions / Rounds);
            await host.DisposeAsync();
            guard.Close();
            await tasks.WhenAllReturned().WaitAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(50);
            store.Dispose();
            SqliteConnection.ClearAllPools();

            Assert.Empty(guard.Violations);
            Assert.Empty(errors);
        }

        // A last host, with tasks that answer at once, carries every execution to its end.
        using var last = new SqliteStore(new SqliteStoreOptions { Path = path });
        await using (var host = new DurableExecutionHost(Options(last, new SlowTasks(seed: -1) { Quick = true }, new ConcurrentQueue<string>())))
        {
            host.Resume();
            foreach (var arn in arns)
            {
                var ended = await host.WhenEndedAsync(arn, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
                Assert.True(ended.Status == ExecutionStatus.SUCCEEDED, $"{arn}: {ended.Status} {ended.Error} {ended.Cause}");
            }
        }

        foreach (var arn in arns)
        {
            var events = last.GetEvents(arn, 0, 1000, reverse: false);
            Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Id));
            Assert.Equal(3, events.Count(e => e.Type == "TaskSucceeded"));
            Assert.Equal(3, events.Count(e => e.Type == "TaskScheduled"));
            var output = (JObject)JValue.Parse(last.GetExecution(arn)!.Output!);
            Assert.Equal(["t1", "t2", "t3"], output.Select(p => p.Key).Order(StringComparer.Ordinal));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static StateMachineRecord Machine()
    {
        var now = DateTimeOffset.UtcNow;
        return new StateMachineRecord(MachineArn, "slow", StateMachineKind.STANDARD, now,
            new StateMachineRevision(Guid.NewGuid().ToString(), MachineArn, Definition, "arn:aws:iam::123456789012:role/r", "{}", "{}", null, now));
    }

    private static DurableExecutionHostOptions Options(IStepFunctionsStore store, ITaskHandler tasks, ConcurrentQueue<string> errors) => new()
    {
        Executions = store,
        Machines = store,
        Activities = store,
        Tasks = tasks,
        TimeScale = new TimeScale(0),
        TaskTokens = new Engine.Callbacks.TaskTokenCodec(new byte[32]),
        OnError = (message, e) => errors.Enqueue($"{message} {e}"),
    };

    /// <summary>Tasks that take 0–40 ms; every third ignores its cancellation and answers anyway.</summary>
    private sealed class SlowTasks(int seed) : ITaskHandler
    {
        private readonly Random _random = new(seed);
        private readonly TaskCompletionSource _allReturned = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _invoked;
        private int _running;

        public bool Quick { get; init; }

        public async ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
        {
            int delay;
            lock (_random)
            {
                delay = Quick ? 0 : _random.Next(0, 40);
            }

            var n = Interlocked.Increment(ref _invoked);
            Interlocked.Increment(ref _running);
            try
            {
                await Task.Delay(delay, n % 3 == 0 ? CancellationToken.None : cancellationToken);
                return TaskResult.Success(JObject.Create(("state", new JString(request.StateName))));
            }
            finally
            {
                if (Interlocked.Decrement(ref _running) == 0 && Volatile.Read(ref _invoked) > 0)
                {
                    _allReturned.TrySetResult();
                }
            }
        }

        public async Task WhenInvoked(int count)
        {
            while (Volatile.Read(ref _invoked) < count)
            {
                await Task.Delay(5);
            }
        }

        public Task WhenAllReturned() => Volatile.Read(ref _running) == 0 ? Task.CompletedTask : _allReturned.Task;
    }

    /// <summary>Passes every call to the store, and records (and refuses) those made after <see cref="Close"/>.</summary>
#pragma warning disable CA1852 // DispatchProxy derives from it at run time.
    internal class StoreGuard : DispatchProxy
#pragma warning restore CA1852
    {
        private IStepFunctionsStore _inner = null!;
        private volatile bool _closed;

        public ConcurrentQueue<string> Violations { get; } = new();

        public static (IStepFunctionsStore Store, StoreGuard Guard) Wrap(IStepFunctionsStore inner)
        {
            var proxy = Create<IStepFunctionsStore, StoreGuard>();
            var guard = (StoreGuard)(object)proxy;
            guard._inner = inner;
            return (proxy, guard);
        }

        public void Close() => _closed = true;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (_closed)
            {
                Violations.Enqueue(targetMethod!.Name + "\n" + Environment.StackTrace);
                throw new ObjectDisposedException("store");
            }

            try
            {
                return targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
}
