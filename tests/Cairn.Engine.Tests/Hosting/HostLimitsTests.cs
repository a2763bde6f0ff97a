using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Hosting;

/// <summary>
/// The durable host under endless loops and early callbacks: StartAsync answers once the first
/// bounded batch is committed, the loop is carried on batch by batch to AWS's history limit, a
/// stop lands between two batches, and a token that completes a callback task before its
/// integration answered is applied after the TaskSubmitted.
/// </summary>
public sealed class HostLimitsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task An_endless_loop_started_at_the_first_state_fails_at_the_history_limit_batch_by_batch()
    {
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store));
        var machine = TestMachines.Create(store, """
            {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
              "B":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],"Default":"A"},"Done":{"Type":"Succeed"}}}
            """);
        var (outcome, record) = await host.StartAsync(TestMachines.Start(machine, "loop", "{}"));
        Assert.Equal(ExecutionStartOutcome.Started, outcome);

        var ended = await WaitForEnd(store, record.ExecutionArn);
        Assert.Equal(ExecutionStatus.FAILED, ended.Status);
        var events = store.GetEvents(record.ExecutionArn, 0, 30_000, reverse: false);
        Assert.Equal(Enumerable.Range(1, 25_000).Select(i => (long)i), events.Select(e => e.Id));
        Assert.Equal("ExecutionFailed", events[^1].Type);

        // One input per batch: the start and the Continue inputs that carried it on.
        var inputs = store.GetInputs(record.ExecutionArn);
        Assert.True(inputs.Count > 10, $"{inputs.Count} inputs");
        Assert.All(inputs.Skip(1), i => Assert.Equal(InterpreterInputKind.Continue, i.Kind));
    }

    [Fact]
    public async Task A_stop_lands_between_two_batches_of_a_loop()
    {
        var store = new InMemoryStore();
        await using var host = new DurableExecutionHost(TestMachines.Options(store));
        var machine = TestMachines.Create(store, """
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $sum([1..20000]) %}","Next":"B"},
              "B":{"Type":"Choice","Choices":[{"Condition":"{% $states.input = 0 %}","Next":"Done"}],"Default":"A"},"Done":{"Type":"Succeed"}}}
            """);
        var (_, record) = await host.StartAsync(TestMachines.Start(machine, "loop", "{}"));
        var stopped = await host.StopAsync(record.ExecutionArn, "Halt", null);
        Assert.NotNull(stopped);
        var ended = await WaitForEnd(store, record.ExecutionArn);
        Assert.Equal(ExecutionStatus.ABORTED, ended.Status);
        var events = store.GetEvents(record.ExecutionArn, 0, 30_000, reverse: false);
        Assert.Equal("ExecutionAborted", events[^1].Type);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Id));
    }

    [Fact]
    public async Task A_callback_completed_before_its_integration_answers_still_records_TaskSubmitted_first()
    {
        var store = new InMemoryStore();
        var tasks = new EarlyCallbackHandler();
        await using var host = new DurableExecutionHost(TestMachines.Options(store, tasks));
        tasks.Host = host;
        var machine = TestMachines.Create(store, """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}
            """);
        var (_, record) = await host.StartAsync(TestMachines.Start(machine, "early", "{}"));
        var ended = await WaitForEnd(store, record.ExecutionArn);
        Assert.Equal(ExecutionStatus.SUCCEEDED, ended.Status);
        Assert.Equal(TaskTokenOutcome.Accepted, tasks.Outcome);
        var types = store.GetEvents(record.ExecutionArn, 0, 100, reverse: false).Select(e => e.Type).ToArray();
        Assert.Equal(["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"], types);
    }

    private static async Task<ExecutionRecord> WaitForEnd(InMemoryStore store, string arn)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var record = store.GetExecution(arn)!;
            if (record.Status != ExecutionStatus.RUNNING)
            {
                return record;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{arn} still running after {Patience}");
            await Task.Delay(20);
        }
    }

    /// <summary>A callback integration whose worker answers (SendTaskSuccess) before the integration's own answer returns.</summary>
    private sealed class EarlyCallbackHandler : ITaskHandler
    {
        public DurableExecutionHost? Host { get; set; }

        public TaskTokenOutcome? Outcome { get; private set; }

        public async ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
        {
            Outcome = await Host!.SendTaskResultAsync(request.TaskToken!, TaskResult.Success(JObject.Create(("done", JBool.From(true)))));
            return TaskResult.Submission(JObject.Create(("MessageId", new JString("m-1"))));
        }
    }
}
