using System.Text.Json.Nodes;
using Cairn.Server.Protocol;

namespace Cairn.Server.StateMachines;

/// <summary>ListStateMachines: in creation order, paginated.</summary>
internal sealed class ListStateMachines(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "ListStateMachines";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var limit = request.PageSize();
        var after = PageTokens.Decode(request, Name);
        var page = backend.Machines.ListStateMachines(after, limit + 1);
        var list = new JsonArray();
        foreach (var (_, machine) in page.Take(limit))
        {
            list.Add(new JsonObject
            {
                ["stateMachineArn"] = machine.Arn,
                ["name"] = machine.Name,
                ["type"] = machine.Type.ToString(),
                ["creationDate"] = MachineDescriptions.Timestamp(machine.CreationDate),
            });
        }

        var response = new JsonObject { ["stateMachines"] = list };
        if (page.Count > limit)
        {
            response["nextToken"] = PageTokens.Encode(Name, page[limit - 1].Position);
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
