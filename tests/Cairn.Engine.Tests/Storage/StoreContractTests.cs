using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Storage;

/// <summary>What every store must do; run against the in-memory and the SQLite store.</summary>
public abstract class StoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    protected abstract (IStateMachineStore Machines, IExecutionStore Executions) Store { get; }

    [Fact]
    public void CommittedBatchesAreReadBackInOrder()
    {
        var (machines, executions) = Store;
        var revision = Revision("r1");
        Assert.True(machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.STANDARD, T0, revision), []));
        var record = Execution("e1");
        executions.Commit([
            new ExecutionCommit(record.ExecutionArn, record, 0, InterpreterInput.Start(T0), [Event(1), Event(2)], [new TimerRecord(record.ExecutionArn, 1, T0.AddSeconds(5))], null, null),
        ]);
        executions.Commit([
            new ExecutionCommit(record.ExecutionArn, null, 1, InterpreterInput.TimerFired(T0.AddSeconds(5), 1), [Event(3)], [], 1,
                new ExecutionOutcome(ExecutionStatus.SUCCEEDED, T0.AddSeconds(5), Cairn.Json.JValue.Parse("{\"ok\":true}"), null, null)),
        ]);

        var stored = executions.GetExecution(record.ExecutionArn)!;
        Assert.Equal(ExecutionStatus.SUCCEEDED, stored.Status);
        Assert.Equal("{\"ok\":true}", stored.Output);
        Assert.Equal(3, stored.EventCount);
        Assert.Equal(T0, stored.StartDate);
        Assert.Equal([1L, 2L, 3L], executions.GetEvents(record.ExecutionArn, 0, 10, reverse: false).Select(e => e.Id));
        Assert.Equal([3L, 2L], executions.GetEvents(record.ExecutionArn, 0, 2, reverse: true).Select(e => e.Id));
        Assert.Equal([1L], executions.GetEvents(record.ExecutionArn, 2, 10, reverse: true).Select(e => e.Id));
        Assert.Equal(Event(2), executions.GetEvents(record.ExecutionArn, 1, 1, reverse: false).Single());
        Assert.Equal([InterpreterInputKind.Start, InterpreterInputKind.TimerFired], executions.GetInputs(record.ExecutionArn).Select(i => i.Kind));
        Assert.Equal(InterpreterInput.TimerFired(T0.AddSeconds(5), 1), executions.GetInputs(record.ExecutionArn)[1]);
        Assert.Empty(executions.GetPendingTimers(record.ExecutionArn));
        Assert.Empty(executions.ListRunning());
    }

    [Fact]
    public void TheLogFormatAndTheMissingActivitiesOfEachInputAreKept()
    {
        var (machines, executions) = Store;
        machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.STANDARD, T0, Revision("r1")), []);
        var current = Execution("current");
        var older = Execution("older") with { LogFormat = LogFormat.Unversioned };
        var start = InterpreterInput.Start(T0) with { MissingActivities = ["arn:aws:states:us-east-1:123456789012:activity:a", "arn:aws:states:us-east-1:123456789012:activity:b"] };
        executions.Commit([
            new ExecutionCommit(current.ExecutionArn, current, 0, start, [Event(1)], [], null, null),
            new ExecutionCommit(older.ExecutionArn, older, 0, InterpreterInput.Start(T0), [Event(1)], [], null, null),
        ]);

        Assert.Equal(LogFormat.Current, executions.GetExecution(current.ExecutionArn)!.LogFormat);
        Assert.Equal(LogFormat.Unversioned, executions.GetExecution(older.ExecutionArn)!.LogFormat);
        Assert.Equal(start.MissingActivities, executions.GetInputs(current.ExecutionArn).Single().MissingActivities);
        Assert.Null(executions.GetInputs(older.ExecutionArn).Single().MissingActivities);
    }

    [Fact]
    public void AGroupIsAllOrNothing()
    {
        var (machines, executions) = Store;
        machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.STANDARD, T0, Revision("r1")), []);
        var good = Execution("good");
        var bad = Execution("bad");
        executions.Commit([new ExecutionCommit(bad.ExecutionArn, bad, 0, InterpreterInput.Start(T0), [Event(1)], [], null, null)]);

        // The second batch skips log position 1: the whole group must be rejected.
        Assert.ThrowsAny<Exception>(() => executions.Commit([
            new ExecutionCommit(good.ExecutionArn, good, 0, InterpreterInput.Start(T0), [Event(1)], [], null, null),
            new ExecutionCommit(bad.ExecutionArn, null, 2, InterpreterInput.TimerFired(T0, 1), [Event(2)], [], 1, null),
        ]));
        Assert.Null(executions.GetExecution(good.ExecutionArn));
        Assert.Equal(1, executions.GetExecution(bad.ExecutionArn)!.EventCount);
        Assert.Equal([bad.ExecutionArn], executions.ListRunning().Select(e => e.ExecutionArn));
    }

    [Fact]
    public void ExecutionsAreListedNewestFirstByStatusAndPage()
    {
        var (machines, executions) = Store;
        machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.STANDARD, T0, Revision("r1")), []);
        for (var i = 0; i < 5; i++)
        {
            var record = Execution($"e{i}");
            var outcome = i % 2 == 0 ? new ExecutionOutcome(ExecutionStatus.FAILED, T0, null, "E", "C") : null;
            executions.Commit([new ExecutionCommit(record.ExecutionArn, record, 0, InterpreterInput.Start(T0), [Event(1)], [], null, outcome)]);
        }

        var all = executions.ListExecutions(MachineArn, null, 0, 3);
        Assert.Equal(["e4", "e3", "e2"], all.Select(e => e.Execution.Name));
        Assert.Equal(["e1", "e0"], executions.ListExecutions(MachineArn, null, all[^1].Position, 3).Select(e => e.Execution.Name));
        Assert.Equal(["e4", "e2", "e0"], executions.ListExecutions(MachineArn, ExecutionStatus.FAILED, 0, 10).Select(e => e.Execution.Name));
        Assert.Equal(["e1", "e3"], executions.ListRunning().Select(e => e.Name));
    }

    [Fact]
    public void RunningExecutionsAreCounted()
    {
        var (machines, executions) = Store;
        machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.STANDARD, T0, Revision("r1")), []);
        Assert.Equal(0, executions.CountRunning());
        for (var i = 0; i < 5; i++)
        {
            var record = Execution($"e{i}");
            var outcome = i % 2 == 0 ? new ExecutionOutcome(ExecutionStatus.SUCCEEDED, T0, Cairn.Json.JObject.Empty, null, null) : null;
            executions.Commit([new ExecutionCommit(record.ExecutionArn, record, 0, InterpreterInput.Start(T0), [Event(1)], [], null, outcome)]);
        }

        Assert.Equal(2, executions.CountRunning());
        executions.Commit([new ExecutionCommit(Execution("e1").ExecutionArn, null, 1, InterpreterInput.Stop(T0, null, null), [Event(2)], [], null,
            new ExecutionOutcome(ExecutionStatus.ABORTED, T0, null, null, null))]);
        Assert.Equal(1, executions.CountRunning());
    }

    [Fact]
    public void MachinesRevisionsAndTags()
    {
        var (machines, _) = Store;
        var first = Revision("r1");
        Assert.True(machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.EXPRESS, T0, first), [new("a", "1")]));
        Assert.False(machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.EXPRESS, T0, Revision("r0")), []));
        Assert.True(machines.Update(MachineArn, Revision("r2") with { Definition = "{\"changed\":true}" }));
        Assert.Equal("r2", machines.GetStateMachine(MachineArn)!.Revision.RevisionId);
        Assert.Equal(StateMachineKind.EXPRESS, machines.GetStateMachine(MachineArn)!.Type);
        Assert.Equal(first, machines.GetRevision("r1"));

        machines.Tag(MachineArn, [new("b", "2"), new("a", "3")]);
        Assert.Equal(["a=3", "b=2"], machines.GetTags(MachineArn).Select(t => $"{t.Key}={t.Value}"));
        machines.Untag(MachineArn, ["a", "zzz"]);
        Assert.Equal(["b"], machines.GetTags(MachineArn).Select(t => t.Key));

        Assert.True(machines.Delete(MachineArn));
        Assert.False(machines.Delete(MachineArn));
        Assert.Null(machines.GetStateMachine(MachineArn));
        Assert.Empty(machines.GetTags(MachineArn));
        Assert.NotNull(machines.GetRevision("r2"));
        Assert.Empty(machines.ListStateMachines(0, 10));
    }

    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:m";

    private static StateMachineRevision Revision(string id) =>
        new(id, MachineArn, "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}", "arn:aws:iam::123456789012:role/r", "{}", "{}", null, T0);

    private static ExecutionRecord Execution(string name) =>
        new($"arn:aws:states:us-east-1:123456789012:execution:m:{name}", MachineArn, "r1", name, "arn:aws:iam::123456789012:role/r", T0, "{}", 42, null);

    private static StoredEvent Event(long id) =>
        new(id, id - 1, T0.AddMilliseconds(id), "PassStateEntered", "stateEnteredEventDetails", $"{{\"name\":\"S{id}\"}}");
}
