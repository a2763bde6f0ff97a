using Cairn.Engine.Arns;
using Cairn.Engine.Storage;
using Cairn.Server.Aliases;
using Cairn.Server.Protocol;

namespace Cairn.Server.Versions;

/// <summary>
/// What StartExecution runs: a machine's current revision (unqualified ARN), a version's revision,
/// or the revision of the version an alias routes this execution to (chosen by weight).
/// <see cref="Machine"/> carries the revision to run.
/// </summary>
internal sealed record ExecutionTarget(StateMachineRecord Machine, StatesArn MachineArn, string? VersionArn, string? AliasArn)
{
    public static ExecutionTarget Resolve(StepFunctionsBackend backend, string arn) => Resolve(backend.Machines, backend.Versions, arn);

    /// <summary>The target of a machine, version or alias ARN, found in the stores; InvalidArn or StateMachineDoesNotExist otherwise.</summary>
    public static ExecutionTarget Resolve(IStateMachineStore machines, IStateMachineVersionStore versions, string arn)
    {
        var parsed = Arns.Parse(arn);
        if (parsed.ResourceType != Arns.StateMachineType || parsed.Parts.Count > 2)
        {
            Arns.RequireStateMachine(arn);
        }

        if (parsed.Parts.Count == 1)
        {
            return new ExecutionTarget(machines.GetStateMachine(arn) ?? throw ApiErrors.StateMachineDoesNotExist(arn), parsed, null, null);
        }

        string? aliasArn = null;
        var versionArn = arn;
        if (parsed.IsAlias)
        {
            var alias = versions.GetAlias(arn) ?? throw ApiErrors.StateMachineDoesNotExist(arn);
            aliasArn = alias.Arn;
            versionArn = Route(alias.RoutingConfiguration);
        }

        var version = versions.GetVersion(versionArn) ?? throw ApiErrors.StateMachineDoesNotExist(arn);
        var machine = machines.GetStateMachine(version.StateMachineArn) ?? throw ApiErrors.StateMachineDoesNotExist(arn);
        var revision = machines.GetRevision(version.RevisionId) ?? throw ApiErrors.StateMachineDoesNotExist(arn);
        return new ExecutionTarget(machine with { Revision = revision }, Arns.Parse(machine.Arn), version.Arn, aliasArn);
    }

    /// <summary>The machine of a machine, version or alias ARN (ListExecutions); InvalidArn, StateMachineDoesNotExist or ResourceNotFound otherwise.</summary>
    public static StateMachineRecord OwningMachine(StepFunctionsBackend backend, string arn)
    {
        var parsed = Arns.Parse(arn);
        if (parsed.IsVersion)
        {
            VersionPublisher.RequireVersion(backend, arn);
        }
        else if (parsed.IsAlias)
        {
            AliasRequests.RequireAlias(backend, arn);
        }
        else
        {
            return backend.RequireMachine(arn);
        }

        return backend.Machines.GetStateMachine(parsed.Machine) ?? throw ApiErrors.StateMachineDoesNotExist(arn);
    }

    /// <summary>Picks a version with probability weight/100.</summary>
    private static string Route(IReadOnlyList<AliasRoute> routes)
    {
        var roll = Random.Shared.Next(100);
        foreach (var route in routes)
        {
            if (roll < route.Weight)
            {
                return route.StateMachineVersionArn;
            }

            roll -= route.Weight;
        }

        return routes[^1].StateMachineVersionArn;
    }
}
