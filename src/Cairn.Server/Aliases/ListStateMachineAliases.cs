using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;
using Cairn.Server.Versions;

namespace Cairn.Server.Aliases;

/// <summary>ListStateMachineAliases: a machine's aliases (or those routing to a version) in creation order, paginated.</summary>
internal sealed class ListStateMachineAliases(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "ListStateMachineAliases";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineArn", 1, 256);
        var limit = request.PageSize();
        var scope = $"{Name}|{arn}";
        var after = PageTokens.Decode(request, scope);
        var parsed = Arns.Parse(arn);
        string machineArn;
        if (parsed.IsVersion)
        {
            VersionPublisher.RequireVersion(backend, arn);
            machineArn = parsed.Machine;
        }
        else
        {
            machineArn = backend.RequireMachine(arn).Arn;
        }

        var aliases = backend.Versions.ListAliases(machineArn, after, AliasRequests.MaxAliasesPerMachine + 1)
            .Where(a => machineArn == arn || a.Alias.RoutingConfiguration.Any(r => r.StateMachineVersionArn == arn))
            .Take(limit + 1)
            .ToList();
        var list = new JsonArray();
        foreach (var (_, alias) in aliases.Take(limit))
        {
            list.Add(new JsonObject
            {
                ["stateMachineAliasArn"] = alias.Arn,
                ["creationDate"] = MachineDescriptions.Timestamp(alias.CreationDate),
            });
        }

        var response = new JsonObject { ["stateMachineAliases"] = list };
        if (aliases.Count > limit)
        {
            response["nextToken"] = PageTokens.Encode(scope, aliases[limit - 1].Position);
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
