using System.Collections.Concurrent;
using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Hosting;

/// <summary>
/// Many RedriveExecution calls on one execution at once, also while it is evicted and loaded again:
/// each is answered (redriven, or refused because the execution is running meanwhile), never with
/// an exception, and the stored log always replays to the stored execution.
/// </summary>
public sealed class ConcurrentRedriveTests
{
    private const int Rounds = 25;
    private const int Callers = 16;
    private const string Running = "Execution is RUNNING and cannot be redriven";

    [Fact]
    public async Task ConcurrentRedrivesOfAFailStateEachGetAnAnswerAndTheLogReplaysToTheStore()
    {
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store) with { EvictIdleAfter = TimeSpan.Zero });
        var machine = TestMachines.Create(store, """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E"}}}""");
        var arn = (await host.StartAsync(TestMachines.Start(machine, "e", "{}"))).Execution.ExecutionArn;
        await Until(() => store.GetExecution(arn)!.Status == ExecutionStatus.FAILED, "the execution did not fail");

        var redriven = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var answers = await Storm(() => host.RedriveAsync(arn, null), () => host.StopAsync(arn, null, null));
            redriven += answers.Count(a => a.RedriveDate is not null);
            Assert.All(answers.Where(a => a.RedriveDate is null), a => Assert.Equal(Running, a.NotRedrivableReason));
            await Until(() => host.LiveCount == 0, "the redriven execution stayed in memory");
            Assert.Equal(ExecutionStatus.FAILED, store.GetExecution(arn)!.Status);
        }

        Assert.True(redriven >= Rounds, $"only {redriven} redrives in {Rounds} rounds");
        var record = store.GetExecution(arn)!;
        Assert.Equal(redriven, record.RedriveCount);
        Assert.Equal(3 * (1 + redriven), record.EventCount);
        AssertLogReplaysToStore(store, machine, arn);
    }

    [Fact]
    public async Task ConcurrentRedrivesWhileTheExecutionIsEvictedAndLoadedEachGetAnAnswerAndTheLogReplaysToTheStore()
    {
        var store = new InMemoryStore();
        var tasks = new SubmittingHandler();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, tasks) with { EvictIdleAfter = TimeSpan.Zero });
        var machine = TestMachines.Create(store, """
            {"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}
            """);
        var arn = (await host.StartAsync(TestMachines.Start(machine, "e", "{}"))).Execution.ExecutionArn;

        var redriven = 0;
        for (var round = 0; round < Rounds; round++)
        {
            // Waiting on its token, out of memory: the token loads it and fails it while redrives arrive.
            var token = await tasks.NextToken(round);
            await Until(() => host.LiveCount == 0, "the waiting execution was not evicted");
            var answers = await Storm(() => host.RedriveAsync(arn, null), async () =>
            {
                await host.SendTaskResultAsync(token, TaskResult.Failure("Boom", "it broke"));
                return null;
            });
            Assert.All(answers.Where(a => a.RedriveDate is null), a => Assert.Equal(Running, a.NotRedrivableReason));
            redriven += answers.Count(a => a.RedriveDate is not null);
            if (answers.All(a => a.RedriveDate is null))
            {
                await Until(() => store.GetExecution(arn)!.Status == ExecutionStatus.FAILED, "the task failure did not fail the execution");
                Assert.NotNull((await host.RedriveAsync(arn, null))!.RedriveDate);
                redriven++;
            }
        }

        Assert.Equal(Rounds, redriven);
        await tasks.NextToken(Rounds);
        await Until(() => host.LiveCount == 0, "the last redrive did not leave the execution waiting out of memory");
        var record = store.GetExecution(arn)!;
        Assert.Equal(Rounds, record.RedriveCount);
        AssertLogReplaysToStore(store, machine, arn);
    }

    /// <summary>Many redrives and one other call on the execution at once; the redrives' answers.</summary>
    private static async Task<RedriveResult[]> Storm(Func<Task<RedriveResult?>> redrive, Func<Task<ExecutionRecord?>> other)
    {
        using var go = new ManualResetEventSlim();
        var redrives = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            go.Wait();
            return (await redrive())!;
        })).ToArray();
        var beside = Task.Run(async () =>
        {
            go.Wait();
            await other();
        });
        go.Set();
        await beside;
        return await Task.WhenAll(redrives);
    }

    private static void AssertLogReplaysToStore(InMemoryStore store, StateMachineRecord machine, string arn)
    {
        var record = store.GetExecution(arn)!;
        var compiled = StateMachineCompiler.TryCompile(machine.Revision.Definition, Cairn.Asl.Validation.ValidationOptions.Standard, out _)!;
        var replayed = LogReplay.Replay(record, compiled, store.GetInputs(arn), new TaskTokenCodec(new byte[32]), () => store.GetEvents(arn, 0, int.MaxValue, reverse: false));
        var events = store.GetEvents(arn, 0, int.MaxValue, reverse: false);
        Assert.Equal(record.EventCount, events.Count);
        Assert.Equal(record.EventCount, replayed.History.Count);
        Assert.Equal(record.Status, replayed.Status);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Id));
    }

    private static async Task Until(Func<bool> condition, string message)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, message);
            await Task.Delay(5);
        }
    }

    /// <summary>Records each callback task's token, in order, and reports the task submitted.</summary>
    private sealed class SubmittingHandler : ITaskHandler
    {
        private readonly ConcurrentQueue<string> _tokens = new();

        public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
        {
            _tokens.Enqueue(request.TaskToken!);
            return ValueTask.FromResult(TaskResult.Submission(request.Context?.Submitted ?? JObject.Empty));
        }

        /// <summary>The token of the task invoked <paramref name="index"/>th (from 0), once it is.</summary>
        public async Task<string> NextToken(int index)
        {
            await Until(() => _tokens.Count > index, $"task {index} was not invoked");
            return _tokens.ElementAt(index);
        }
    }
}
