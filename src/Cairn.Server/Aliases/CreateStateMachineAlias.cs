using System.Text.Json.Nodes;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;
using Cairn.Server.Versions;

namespace Cairn.Server.Aliases;

/// <summary>CreateStateMachineAlias: idempotent for the same description and routing, ConflictException otherwise.</summary>
internal sealed class CreateStateMachineAlias(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "CreateStateMachineAlias";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var description = AliasRequests.Description(request);
        var name = AliasRequests.Name(request);
        var (routes, machineArn) = AliasRequests.Routing(request, required: true)!.Value;
        backend.RequireMachine(machineArn);
        AliasRequests.RequireVersions(backend, routes);
        var now = backend.Time.GetUtcNow();
        var alias = new StateMachineAliasRecord(Arns.Parse(machineArn).Alias(name).Value, machineArn, name, description, routes, now, now);
        if (!backend.Versions.TryCreateAlias(alias))
        {
            var existing = backend.Versions.GetAlias(alias.Arn);
            if (existing is null || existing.Description != description || !existing.RoutingConfiguration.SequenceEqual(routes))
            {
                throw VersionErrors.Conflict("Failed to create alias because an alias with the same name and a different routing configuration already exists.");
            }

            alias = existing;
        }
        else if (backend.Versions.ListAliases(machineArn, 0, AliasRequests.MaxAliasesPerMachine + 1).Count > AliasRequests.MaxAliasesPerMachine)
        {
            backend.Versions.DeleteAlias(alias.Arn);
            throw VersionErrors.QuotaExceeded($"Failed to create alias: the state machine has reached the limit of {AliasRequests.MaxAliasesPerMachine} aliases.");
        }

        return Task.FromResult<ApiResponse>(new JsonObject
        {
            ["stateMachineAliasArn"] = alias.Arn,
            ["creationDate"] = MachineDescriptions.Timestamp(alias.CreationDate),
        });
    }
}
