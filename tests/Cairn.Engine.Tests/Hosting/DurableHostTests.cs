using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Tests.Hosting;

/// <summary>The durable host in process: idempotent starts, and a rebuilt host carrying on from the log.</summary>
public sealed class DurableHostTests
{
    [Fact]
    public async Task StartIsIdempotentForTheSameInputWhileRunning()
    {
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, NoTaskHandler.Instance));
        var machine = TestMachines.Create(store, """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":100,"End":true}}}""");
        var (first, record) = await host.StartAsync(TestMachines.Start(machine, "e", "{\"a\":1}"));
        var (second, again) = await host.StartAsync(TestMachines.Start(machine, "e", "{\"a\":1}"));
        var (third, _) = await host.StartAsync(TestMachines.Start(machine, "e", "{\"a\":2}"));
        Assert.Equal((ExecutionStartOutcome.Started, ExecutionStartOutcome.AlreadyRunning, ExecutionStartOutcome.NameTaken), (first, second, third));
        Assert.Equal(record, again);
        Assert.Equal(2, store.GetExecution(record.ExecutionArn)!.EventCount);
    }

    [Fact]
    public async Task AnotherHostResumesFromTheLogWithoutRepeatingEvents()
    {
        var store = new InMemoryStore();
        var machine = TestMachines.Create(store, """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Result":{"x":1},"Next":"W"},
              "W":{"Type":"Wait","Seconds":1,"Next":"B"},
              "B":{"Type":"Pass","Parameters":{"id.$":"States.UUID()","start.$":"$$.Execution.StartTime"},"End":true}}}
            """);
        string arn;
        await using (var first = new DurableExecutionHost(TestMachines.Options(store, NoTaskHandler.Instance)))
        {
            arn = (await first.StartAsync(TestMachines.Start(machine, "e", "{}"))).Execution.ExecutionArn;
            Assert.Equal(ExecutionStatus.RUNNING, store.GetExecution(arn)!.Status);
        }

        // The first host is gone with the timer pending; a second one rebuilds the execution from its log.
        var committed = store.GetEvents(arn, 0, 100, reverse: false);
        Assert.Equal(["ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered"], committed.Select(e => e.Type));
        Assert.Single(store.GetPendingTimers(arn));
        await using var second = new DurableExecutionHost(TestMachines.Options(store, NoTaskHandler.Instance));
        Assert.Equal(1, second.Resume());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (store.GetExecution(arn)!.Status == ExecutionStatus.RUNNING)
        {
            Assert.True(DateTime.UtcNow < deadline, "the resumed execution did not finish");
            await Task.Delay(20);
        }

        var events = store.GetEvents(arn, 0, 100, reverse: false);
        Assert.Equal(
            ["ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered", "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
            events.Select(e => e.Type));
        Assert.Equal(committed, events.Take(4));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), events.Select(e => e.Id));
        Assert.Empty(store.GetPendingTimers(arn));
        var output = (JObject)JValue.Parse(store.GetExecution(arn)!.Output!);
        Assert.Equal(36, ((JString)output["id"]!).Value.Length);
    }
}
