using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;
using Cairn.Server.Versions;

namespace Cairn.Server.Aliases;

/// <summary>UpdateStateMachineAlias: a new description or routing (to versions of the alias's machine).</summary>
internal sealed class UpdateStateMachineAlias(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "UpdateStateMachineAlias";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineAliasArn", 1, 256);
        var description = AliasRequests.Description(request);
        var routing = AliasRequests.Routing(request, required: false);
        Arns.RequireAlias(arn);
        if (description is null && routing is null)
        {
            throw ApiErrors.Validation("Either the description or the RoutingConfiguration must be specified");
        }

        var alias = AliasRequests.RequireAlias(backend, arn);
        if (routing is { } r)
        {
            if (r.MachineArn != alias.StateMachineArn)
            {
                throw ApiErrors.Validation($"Routing configuration must contain state machine version ARNs of the same state machine. Received: [{string.Join(", ", r.Routes.Select(x => x.StateMachineVersionArn))}]");
            }

            AliasRequests.RequireVersions(backend, r.Routes);
        }

        var now = backend.Time.GetUtcNow();
        var updated = alias with
        {
            Description = description ?? alias.Description,
            RoutingConfiguration = routing?.Routes ?? alias.RoutingConfiguration,
            UpdateDate = now,
        };
        if (!backend.Versions.UpdateAlias(updated))
        {
            throw VersionErrors.ResourceNotFound();
        }

        return Task.FromResult<ApiResponse>(new JsonObject { ["updateDate"] = MachineDescriptions.Timestamp(now) });
    }
}
