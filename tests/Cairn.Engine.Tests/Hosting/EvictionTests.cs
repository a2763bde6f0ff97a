using System.Collections.Concurrent;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Hosting;

/// <summary>
/// Executions that wait on the outside world leave memory and come back from their log when they
/// wake: by a task token, a timer, an activity worker, a stop, or a restart that resumes them in
/// the background. Their histories are the same as if they had stayed.
/// </summary>
public sealed class EvictionTests
{
    private const string Callback = """
        {"StartAt":"Ask","States":{
          "Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","HeartbeatSeconds":3600,
                 "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"Next":"Done"},
          "Done":{"Type":"Pass","End":true}}}
        """;

    [Fact]
    public async Task ATokenSentToAnEvictedExecutionLoadsItAndCompletesTheTask()
    {
        var store = new InMemoryStore();
        var tasks = new SubmittingHandler();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, tasks) with { EvictIdleAfter = TimeSpan.Zero });
        var machine = TestMachines.Create(store, Callback);
        var arn = (await host.StartAsync(TestMachines.Start(machine, "e", "{}"))).Execution.ExecutionArn;
        await Until(() => host.LiveCount == 0, "the waiting execution was not evicted");

        var token = tasks.Tokens[arn].Single();
        Assert.Equal(TaskTokenOutcome.Accepted, await host.SendTaskHeartbeatAsync(token));
        await Until(() => host.LiveCount == 0, "the execution was not evicted again after the heartbeat");
        Assert.Equal(TaskTokenOutcome.Accepted, await host.SendTaskResultAsync(token, TaskResult.Success(JValue.Parse("""{"ok":true}"""))));
        await Until(() => store.GetExecution(arn)!.Status != ExecutionStatus.RUNNING, "the execution did not finish");

        var record = store.GetExecution(arn)!;
        Assert.Equal(ExecutionStatus.SUCCEEDED, record.Status);
        Assert.Equal("""{"ok":true}""", record.Output);
        Assert.Equal(TaskTokenOutcome.TaskTimedOut, await host.SendTaskResultAsync(token, TaskResult.Success(JObject.Empty)));
        var events = store.GetEvents(arn, 0, 100, reverse: false);
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
            events.Select(e => e.Type));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Id));
        Assert.Equal(1, tasks.Invocations);
    }

    [Fact]
    public async Task ATimerWakesAnEvictedExecution()
    {
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, NoTaskHandler.Instance) with { EvictIdleAfter = TimeSpan.Zero });
        var machine = TestMachines.Create(store, """
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1,"Next":"P"},"P":{"Type":"Pass","Result":"woke","End":true}}}
            """);
        var arn = (await host.StartAsync(TestMachines.Start(machine, "e", "{}"))).Execution.ExecutionArn;
        await Until(() => host.LiveCount == 0 || store.GetExecution(arn)!.Status != ExecutionStatus.RUNNING, "the waiting execution was not evicted");
        Assert.Equal(ExecutionStatus.RUNNING, store.GetExecution(arn)!.Status);

        await Until(() => store.GetExecution(arn)!.Status != ExecutionStatus.RUNNING, "the timer did not wake the execution");
        Assert.Equal("\"woke\"", store.GetExecution(arn)!.Output);
        Assert.Equal(6, store.GetEvents(arn, 0, 100, reverse: false).Count);
    }

    [Fact]
    public async Task AnActivityTaskOfAnEvictedExecutionIsStartedAndCompleted()
    {
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, NoTaskHandler.Instance) with { EvictIdleAfter = TimeSpan.Zero });
        const string activity = "arn:aws:states:us-east-1:123456789012:activity:work";
        var machine = TestMachines.Create(store, """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":""" + $"\"{activity}\"" + ""","End":true}}}""");
        var arn = (await host.StartAsync(TestMachines.Start(machine, "e", """{"n":1}"""))).Execution.ExecutionArn;
        await Until(() => host.LiveCount == 0, "the waiting execution was not evicted");

        var task = await host.GetActivityTaskAsync(activity, "worker-1", TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.NotNull(task);
        Assert.Equal("""{"n":1}""", task.Input);
        await Until(() => host.LiveCount == 0, "the started execution was not evicted");
        Assert.Equal(TaskTokenOutcome.Accepted, await host.SendTaskResultAsync(task.TaskToken, TaskResult.Success(JValue.Parse("2"))));
        await Until(() => store.GetExecution(arn)!.Status != ExecutionStatus.RUNNING, "the execution did not finish");
        Assert.Equal("2", store.GetExecution(arn)!.Output);
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded"],
            store.GetEvents(arn, 0, 100, reverse: false).Select(e => e.Type));
    }

    [Fact]
    public async Task StoppingAnEvictedExecutionAbortsIt()
    {
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, new SubmittingHandler()) with { EvictIdleAfter = TimeSpan.Zero });
        var machine = TestMachines.Create(store, Callback);
        var arn = (await host.StartAsync(TestMachines.Start(machine, "e", "{}"))).Execution.ExecutionArn;
        await Until(() => host.LiveCount == 0, "the waiting execution was not evicted");

        var stopped = await host.StopAsync(arn, "Bye", "enough");
        Assert.Equal(ExecutionStatus.ABORTED, stopped!.Status);
        Assert.Equal("ExecutionAborted", store.GetEvents(arn, 0, 100, reverse: true)[0].Type);
    }

    [Fact]
    public async Task WithoutEvictionWaitingExecutionsStayInMemory()
    {
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, new SubmittingHandler()) with { EvictIdleAfter = null });
        var machine = TestMachines.Create(store, Callback);
        await host.StartAsync(TestMachines.Start(machine, "e", "{}"));
        await Task.Delay(200);
        Assert.Equal(1, host.LiveCount);
    }

    [Fact]
    public async Task ExecutionsResumedInTheBackgroundTakeTokensSentBeforeTheirTurn()
    {
        var store = new InMemoryStore();
        var (first, arns) = await ParkAsync(store, 200);

        // A new host, as after a restart: tokens are sent while it resumes the executions in the background.
        var second = new SubmittingHandler();
        await using var resumed = new DurableExecutionHost(TestMachines.Options(store, second) with { EvictIdleAfter = TimeSpan.Zero });
        Assert.Equal(200, resumed.ResumeInBackground());
        var sends = arns.AsEnumerable().Reverse().Select(a => resumed.SendTaskResultAsync(first.Tokens[a].Single(), TaskResult.Success(JValue.Parse("1")))).ToList();
        Assert.All(await Task.WhenAll(sends), outcome => Assert.Equal(TaskTokenOutcome.Accepted, outcome));
        await resumed.Resuming;
        await Until(() => arns.All(a => store.GetExecution(a)!.Status == ExecutionStatus.SUCCEEDED), "not every execution finished");

        foreach (var arn in arns)
        {
            var events = store.GetEvents(arn, 0, 100, reverse: false);
            Assert.Equal(10, events.Count);
            Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), events.Select(e => e.Id));
        }

        // Each submitted task was invoked again once when its execution resumed, never twice.
        Assert.All(second.Tokens.Values, tokens => Assert.Single(tokens));
    }

    [Fact]
    public async Task ExecutionsResumedWithNothingToDoLeaveMemoryAtOnce()
    {
        var store = new InMemoryStore();
        var (first, arns) = await ParkAsync(store, 3);

        // Resumed, each invokes its submitted task again; once that has reported, nothing keeps it in
        // memory, and as it reported nothing new, nothing is logged.
        var inputs = arns.Select(a => store.GetInputs(a).Count).ToList();
        await using var resumed = new DurableExecutionHost(TestMachines.Options(store, new SubmittingHandler()) with { EvictIdleAfter = TimeSpan.FromHours(1) });
        Assert.Equal(3, resumed.ResumeInBackground());
        await resumed.Resuming;
        await Until(() => resumed.LiveCount == 0, "resumed executions stayed in memory");
        Assert.Equal(inputs, arns.Select(a => store.GetInputs(a).Count));

        // One woken by a request stays for the idle time.
        Assert.Equal(TaskTokenOutcome.Accepted, await resumed.SendTaskHeartbeatAsync(first.Tokens[arns[0]].Single()));
        await Task.Delay(100);
        Assert.Equal(1, resumed.LiveCount);
    }

    /// <summary>Starts <paramref name="count"/> executions that wait on a task token, with a host that is gone when this returns (as before a restart).</summary>
    private static async Task<(SubmittingHandler Handler, List<string> Arns)> ParkAsync(InMemoryStore store, int count)
    {
        var machine = TestMachines.Create(store, Callback);
        var handler = new SubmittingHandler();
        var arns = new List<string>();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, handler) with { EvictIdleAfter = null });
        for (var i = 0; i < count; i++)
        {
            arns.Add((await host.StartAsync(TestMachines.Start(machine, $"e{i}", "{}"))).Execution.ExecutionArn);
        }

        await Until(() => arns.All(a => handler.Tokens.ContainsKey(a) && store.GetEvents(a, 0, 100, false).Count == 5), "the tasks were not all submitted");
        return (handler, arns);
    }

    private static async Task Until(Func<bool> condition, string message)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, message);
            await Task.Delay(10);
        }
    }

    /// <summary>Delivers nothing: records each callback task's token and reports the task submitted.</summary>
    private sealed class SubmittingHandler : ITaskHandler
    {
        private int _invocations;

        public ConcurrentDictionary<string, ConcurrentBag<string>> Tokens { get; } = new();

        public int Invocations => _invocations;

        public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _invocations);
            Tokens.GetOrAdd(request.ExecutionArn, _ => new ConcurrentBag<string>()).Add(request.TaskToken!);
            return ValueTask.FromResult(TaskResult.Submission(request.Context?.Submitted ?? JObject.Empty));
        }
    }
}
