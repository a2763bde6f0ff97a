using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Storage;

/// <summary>What every store must do with Map Runs; run against the in-memory and the SQLite store.</summary>
public abstract class MapRunStoreContractTests
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:m";
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    protected abstract IStepFunctionsStore Store { get; }

    [Fact]
    public void MapRunsAreWrittenWithTheirBatchAndReplacedByLaterStates()
    {
        IStateMachineStore machines = Store;
        IExecutionStore executions = Store;
        IMapRunStore mapRuns = Store;
        machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.STANDARD, T0, new StateMachineRevision("r1", MachineArn, "{}", "arn:aws:iam::123456789012:role/r", "{}", "{}", null, T0)), []);
        var execution = new ExecutionRecord("arn:aws:states:us-east-1:123456789012:execution:m:e", MachineArn, "r1", "e", "arn:aws:iam::123456789012:role/r", T0, "{}", 1, null);
        var first = Run("a", new MapRunCounts(2, 1, 0, 0, 0, 0, 3, 0));
        executions.Commit([new ExecutionCommit(execution.ExecutionArn, execution, 0, InterpreterInput.Start(T0), [], [], null, null, [first])]);
        Assert.Equal(first, mapRuns.GetMapRun(first.MapRunArn));

        var done = first with { Status = "SUCCEEDED", StopDate = T0.AddSeconds(3), MaxConcurrency = 5, ToleratedFailurePercentage = 12.5, ItemCounts = new MapRunCounts(0, 0, 3, 0, 0, 0, 3, 3) };
        var second = Run("b", new MapRunCounts(0, 0, 0, 0, 0, 0, 0, 0));
        executions.Commit([new ExecutionCommit(execution.ExecutionArn, null, 1, InterpreterInput.TimerFired(T0.AddSeconds(3), 1), [], [], 1, null, [done, second])]);

        Assert.Equal(done, mapRuns.GetMapRun(first.MapRunArn));
        Assert.Null(mapRuns.GetMapRun(first.MapRunArn + "x"));
        var all = mapRuns.ListMapRuns(execution.ExecutionArn, 0, 10);
        Assert.Equal([second.MapRunArn, first.MapRunArn], all.Select(r => r.MapRun.MapRunArn));
        Assert.Equal([first.MapRunArn], mapRuns.ListMapRuns(execution.ExecutionArn, all[0].Position, 10).Select(r => r.MapRun.MapRunArn));
        Assert.Single(mapRuns.ListMapRuns(execution.ExecutionArn, 0, 1));
        Assert.Empty(mapRuns.ListMapRuns(execution.ExecutionArn + "x", 0, 10));

        MapRunRecord Run(string label, MapRunCounts counts) =>
            new($"arn:aws:states:us-east-1:123456789012:mapRun:m/{label}:0d6a2f1c-0000-4000-8000-00000000000{label.Length}", execution.ExecutionArn, $"arn:aws:states:us-east-1:123456789012:stateMachine:m/{label}",
                T0.AddSeconds(1), null, "RUNNING", 1, 2, 0, counts);
    }

    [Fact]
    public void ARedrivenMapRunKeepsItsPlaceAndStoresItsRedrives()
    {
        IStateMachineStore machines = Store;
        IExecutionStore executions = Store;
        IMapRunStore mapRuns = Store;
        machines.TryCreate(new StateMachineRecord(MachineArn, "m", StateMachineKind.STANDARD, T0, new StateMachineRevision("r1", MachineArn, "{}", "arn:aws:iam::123456789012:role/r", "{}", "{}", null, T0)), []);
        var execution = new ExecutionRecord("arn:aws:states:us-east-1:123456789012:execution:m:e", MachineArn, "r1", "e", "arn:aws:iam::123456789012:role/r", T0, "{}", 1, null);
        var failed = new MapRunRecord(
            "arn:aws:states:us-east-1:123456789012:mapRun:m/a:0d6a2f1c-0000-4000-8000-000000000001", execution.ExecutionArn, "arn:aws:states:us-east-1:123456789012:stateMachine:m/a",
            T0.AddSeconds(1), T0.AddSeconds(2), "FAILED", 1, 0, 0, new MapRunCounts(1, 0, 1, 2, 0, 0, 4, 1));
        var other = failed with { MapRunArn = failed.MapRunArn.Replace("m/a", "m/b", StringComparison.Ordinal) };
        executions.Commit([new ExecutionCommit(execution.ExecutionArn, execution, 0, InterpreterInput.Start(T0), [], [], null, null, [failed, other])]);

        var redriven = failed with
        {
            Status = "RUNNING",
            StopDate = null,
            RedriveCount = 3,
            RedriveDate = T0.AddSeconds(5),
            ItemCounts = new MapRunCounts(1, 1, 1, 1, 0, 0, 4, 1, FailuresNotRedrivable: 2, PendingRedrive: 1),
        };
        executions.Commit([new ExecutionCommit(execution.ExecutionArn, null, 1, InterpreterInput.Redrive(T0.AddSeconds(5), null), [], [], null, null, [redriven])]);

        Assert.Equal(redriven, mapRuns.GetMapRun(failed.MapRunArn));
        Assert.Equal([other.MapRunArn, failed.MapRunArn], mapRuns.ListMapRuns(execution.ExecutionArn, 0, 10).Select(r => r.MapRun.MapRunArn));
        Assert.Equal(0, mapRuns.GetMapRun(other.MapRunArn)!.RedriveCount);
        Assert.Null(mapRuns.GetMapRun(other.MapRunArn)!.RedriveDate);
    }
}
