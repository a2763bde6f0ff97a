using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Activities;

/// <summary>ListActivities: in creation order, paginated.</summary>
internal sealed class ListActivities(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "ListActivities";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var limit = request.PageSize();
        var after = PageTokens.Decode(request, Name);
        var page = backend.Activities.ListActivities(after, limit + 1);
        var list = new JsonArray();
        foreach (var (_, activity) in page.Take(limit))
        {
            list.Add(new JsonObject
            {
                ["activityArn"] = activity.Arn,
                ["name"] = activity.Name,
                ["creationDate"] = MachineDescriptions.Timestamp(activity.CreationDate),
            });
        }

        var response = new JsonObject { ["activities"] = list };
        if (page.Count > limit)
        {
            response["nextToken"] = PageTokens.Encode(Name, page[limit - 1].Position);
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
