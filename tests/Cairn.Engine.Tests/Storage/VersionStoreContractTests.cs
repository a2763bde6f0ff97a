using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Storage;

/// <summary>What every store must do with versions, aliases and qualified executions; run against the in-memory and the SQLite store.</summary>
public abstract class VersionStoreContractTests
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:m";
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    protected abstract IStateMachineVersionStore Versions { get; }

    protected abstract IExecutionStore Executions { get; }

    [Fact]
    public void PublishingIsIdempotentPerRevisionAndNumbersAreNeverReused()
    {
        var v1 = Versions.PublishVersion(MachineArn, "r1", "first", T0, out var created1);
        var again = Versions.PublishVersion(MachineArn, "r1", "ignored", T0.AddSeconds(1), out var created2);
        var v2 = Versions.PublishVersion(MachineArn, "r2", null, T0.AddSeconds(2), out _);
        Assert.True(created1);
        Assert.False(created2);
        Assert.Equal(v1, again);
        Assert.Equal((MachineArn + ":1", 1L, "first"), (v1.Arn, v1.Version, v1.Description));
        Assert.Equal(MachineArn + ":2", v2.Arn);

        Assert.True(Versions.DeleteVersion(v2.Arn));
        Assert.False(Versions.DeleteVersion(v2.Arn));
        var v3 = Versions.PublishVersion(MachineArn, "r2", null, T0.AddSeconds(3), out var created3);
        Assert.True(created3);
        Assert.Equal(3, v3.Version);
        Assert.Equal([3L, 1L], Versions.ListVersions(MachineArn, 0, 10).Select(v => v.Version));
        Assert.Equal([1L], Versions.ListVersions(MachineArn, 3, 10).Select(v => v.Version));
        Assert.Equal(v3, Versions.GetVersion(v3.Arn));
    }

    [Fact]
    public void AliasesAreCreatedUpdatedListedAndDeletedWithTheirMachine()
    {
        var routes = new[] { new AliasRoute(MachineArn + ":1", 60), new AliasRoute(MachineArn + ":2", 40) };
        var alias = new StateMachineAliasRecord(MachineArn + ":live", MachineArn, "live", "d", routes, T0, T0);
        Assert.True(Versions.TryCreateAlias(alias));
        Assert.False(Versions.TryCreateAlias(alias with { Description = "other" }));
        Assert.True(Versions.TryCreateAlias(alias with { Arn = MachineArn + ":beta", Name = "beta" }));
        var stored = Versions.GetAlias(alias.Arn)!;
        Assert.Equal(routes, stored.RoutingConfiguration);
        Assert.Equal(("live", "d", T0), (stored.Name, stored.Description, stored.CreationDate));

        var updated = alias with { RoutingConfiguration = [new AliasRoute(MachineArn + ":2", 100)], UpdateDate = T0.AddHours(1) };
        Assert.True(Versions.UpdateAlias(updated));
        Assert.Equal(updated.RoutingConfiguration, Versions.GetAlias(alias.Arn)!.RoutingConfiguration);
        Assert.Equal(T0.AddHours(1), Versions.GetAlias(alias.Arn)!.UpdateDate);

        var page = Versions.ListAliases(MachineArn, 0, 1);
        Assert.Equal(["live"], page.Select(a => a.Alias.Name));
        Assert.Equal(["beta"], Versions.ListAliases(MachineArn, page[0].Position, 10).Select(a => a.Alias.Name));

        Versions.PublishVersion(MachineArn, "r1", null, T0, out _);
        Versions.DeleteVersionsAndAliases(MachineArn);
        Assert.Empty(Versions.ListAliases(MachineArn, 0, 10));
        Assert.Empty(Versions.ListVersions(MachineArn, 0, 10));
        Assert.Equal(1, Versions.PublishVersion(MachineArn, "r9", null, T0, out _).Version);
        Assert.False(Versions.UpdateAlias(updated));
        Assert.False(Versions.DeleteAlias(alias.Arn));
    }

    [Fact]
    public void ExecutionsRecordAndListByTheVersionAndAliasTheyStartedThrough()
    {
        var plain = Execution("plain", null, null);
        var byVersion = Execution("byVersion", MachineArn + ":1", null);
        var byAlias = Execution("byAlias", MachineArn + ":1", MachineArn + ":live");
        foreach (var record in new[] { plain, byVersion, byAlias })
        {
            Executions.Commit([new ExecutionCommit(record.ExecutionArn, record, 0, InterpreterInput.Start(T0), [], [], null, null)]);
        }

        Assert.Equal((MachineArn + ":1", MachineArn + ":live"), (Executions.GetExecution(byAlias.ExecutionArn)!.StateMachineVersionArn, Executions.GetExecution(byAlias.ExecutionArn)!.StateMachineAliasArn));
        Assert.Equal(["byAlias", "byVersion", "plain"], Executions.ListExecutions(MachineArn, null, 0, 10).Select(e => e.Execution.Name));
        Assert.Equal(["byAlias", "byVersion"], Executions.ListExecutions(MachineArn + ":1", null, 0, 10).Select(e => e.Execution.Name));
        Assert.Equal(["byAlias"], Executions.ListExecutions(MachineArn + ":live", ExecutionStatus.RUNNING, 0, 10).Select(e => e.Execution.Name));
    }

    private static ExecutionRecord Execution(string name, string? version, string? alias) =>
        new($"arn:aws:states:us-east-1:123456789012:execution:m:{name}", MachineArn, "r1", name, "arn:aws:iam::123456789012:role/r", T0, "{}", 42, null,
            StateMachineVersionArn: version, StateMachineAliasArn: alias);
}
