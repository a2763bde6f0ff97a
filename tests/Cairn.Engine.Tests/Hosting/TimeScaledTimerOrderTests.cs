using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Hosting;

/// <summary>
/// Under a time scale, timers due at different times come due at the same real moment; an
/// execution's timers must still fire in the order they are due: an execution timeout due before
/// a Wait ends wins, however the thread pool orders the callbacks.
/// </summary>
public sealed class TimeScaledTimerOrderTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.0001)]
    public async Task AnExecutionTimeoutDueBeforeAWaitEndsAlwaysWins(double timeScale)
    {
        const int executions = 300;
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store) with { TimeScale = new TimeScale(timeScale) });
        var machine = TestMachines.Create(store, """
            {"TimeoutSeconds":5,"StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":60,"Next":"P"},
              "P":{"Type":"Pass","End":true}}}
            """);
        var arns = new List<string>();
        for (var i = 0; i < executions; i++)
        {
            arns.Add((await host.StartAsync(TestMachines.Start(machine, $"e{i}", "{}"))).Execution.ExecutionArn);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var arn in arns)
        {
            while (store.GetExecution(arn)!.Status == ExecutionStatus.RUNNING)
            {
                Assert.True(DateTime.UtcNow < deadline, $"{arn} did not end");
                await Task.Delay(10);
            }
        }

        var outcomes = arns.Select(arn => store.GetExecution(arn)!.Status).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<ExecutionStatus, int> { [ExecutionStatus.TIMED_OUT] = executions }, outcomes);
        var record = store.GetExecution(arns[0])!;
        Assert.Equal(record.StartDate.AddSeconds(5), record.StopDate);
    }
}
