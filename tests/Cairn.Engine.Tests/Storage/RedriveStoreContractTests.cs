using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Storage;

/// <summary>A redrive's batch puts an ended execution back to RUNNING; run against the in-memory and the SQLite store.</summary>
public abstract class RedriveStoreContractTests
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:m";
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    protected abstract IExecutionStore Executions { get; }

    [Fact]
    public void ARedriveBatchRunsAnEndedExecutionAgain()
    {
        var store = Executions;
        var redriven = Execution("redriven");
        var plain = Execution("plain");
        var failed = new ExecutionOutcome(ExecutionStatus.FAILED, T0.AddSeconds(1), null, "E", "C");
        store.Commit([
            new ExecutionCommit(redriven.ExecutionArn, redriven, 0, InterpreterInput.Start(T0), [Event(1), Event(2)], [], null, failed),
            new ExecutionCommit(plain.ExecutionArn, plain, 0, InterpreterInput.Start(T0), [Event(1)], [], null, failed),
        ]);

        // Only a redrive may continue the log of an ended execution.
        Assert.ThrowsAny<Exception>(() => store.Commit([new ExecutionCommit(plain.ExecutionArn, null, 1, InterpreterInput.TimerFired(T0, 1), [Event(2)], [], 1, null)]));

        var at = T0.AddMinutes(5);
        store.Commit([
            new ExecutionCommit(redriven.ExecutionArn, null, 1, InterpreterInput.Redrive(at, "token"), [Event(3)], [new TimerRecord(redriven.ExecutionArn, 7, at.AddSeconds(9))], null, null,
                Redriven: new ExecutionRedrive(1, at)),
        ]);

        var stored = store.GetExecution(redriven.ExecutionArn)!;
        Assert.Equal(ExecutionStatus.RUNNING, stored.Status);
        Assert.Null(stored.StopDate);
        Assert.Null(stored.Error);
        Assert.Null(stored.Cause);
        Assert.Equal(3, stored.EventCount);
        Assert.Equal(1, stored.RedriveCount);
        Assert.Equal(at, stored.RedriveDate);
        Assert.Equal(0, store.GetExecution(plain.ExecutionArn)!.RedriveCount);
        Assert.Null(store.GetExecution(plain.ExecutionArn)!.RedriveDate);
        Assert.Equal([redriven.ExecutionArn], store.ListRunning().Select(e => e.ExecutionArn));
        Assert.Equal("token", store.GetInputs(redriven.ExecutionArn)[1].ClientToken);
        Assert.Equal([7L], store.GetPendingTimers(redriven.ExecutionArn).Select(t => t.TimerId));
        Assert.Equal(["redriven"], store.ListExecutions(MachineArn, null, 0, 10, redriven: true).Select(e => e.Execution.Name));
        Assert.Equal(["plain"], store.ListExecutions(MachineArn, null, 0, 10, redriven: false).Select(e => e.Execution.Name));
        Assert.Equal(["plain", "redriven"], store.ListExecutions(MachineArn, null, 0, 10).Select(e => e.Execution.Name));

        // A redrive that ends at once (a Fail state again) ends the execution in the same batch.
        var later = at.AddMinutes(1);
        store.Commit([
            new ExecutionCommit(redriven.ExecutionArn, null, 2, InterpreterInput.Stop(later, null, null), [Event(4)], [], null, failed with { StopDate = later }),
        ]);
        store.Commit([
            new ExecutionCommit(redriven.ExecutionArn, null, 3, InterpreterInput.Redrive(later, null), [Event(5), Event(6)], [], null, failed with { StopDate = later },
                Redriven: new ExecutionRedrive(2, later)),
        ]);
        stored = store.GetExecution(redriven.ExecutionArn)!;
        Assert.Equal(ExecutionStatus.FAILED, stored.Status);
        Assert.Equal(later, stored.StopDate);
        Assert.Equal(2, stored.RedriveCount);
        Assert.Equal(later, stored.RedriveDate);
        Assert.Empty(store.GetPendingTimers(redriven.ExecutionArn));
        Assert.Null(store.GetInputs(redriven.ExecutionArn)[3].ClientToken);
    }

    private static ExecutionRecord Execution(string name) =>
        new($"arn:aws:states:us-east-1:123456789012:execution:m:{name}", MachineArn, "r1", name, "arn:aws:iam::123456789012:role/r", T0, "{}", 42, null);

    private static StoredEvent Event(long id) =>
        new(id, id - 1, T0.AddMilliseconds(id), "PassStateEntered", "stateEnteredEventDetails", $"{{\"name\":\"S{id}\"}}");
}
