using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Aliases;

/// <summary>DescribeStateMachineAlias: an alias's name, description and routing.</summary>
internal sealed class DescribeStateMachineAlias(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DescribeStateMachineAlias";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var alias = AliasRequests.RequireAlias(backend, request.RequiredString("stateMachineAliasArn", 1, 256));
        var response = new JsonObject
        {
            ["stateMachineAliasArn"] = alias.Arn,
            ["name"] = alias.Name,
        };
        if (alias.Description is { } description)
        {
            response["description"] = description;
        }

        response["routingConfiguration"] = AliasRequests.RoutingJson(alias.RoutingConfiguration);
        response["creationDate"] = MachineDescriptions.Timestamp(alias.CreationDate);
        response["updateDate"] = MachineDescriptions.Timestamp(alias.UpdateDate);
        return Task.FromResult<ApiResponse>(response);
    }
}
