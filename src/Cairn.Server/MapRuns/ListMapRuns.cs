using System.Text.Json.Nodes;
using Cairn.Server.Protocol;

namespace Cairn.Server.MapRuns;

/// <summary>ListMapRuns: an execution's Map Runs, newest first, paginated.</summary>
internal sealed class ListMapRuns(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "ListMapRuns";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("executionArn", 1, 256);
        var limit = request.PageSize();
        var after = PageTokens.Decode(request, $"{Name}|{arn}");
        Arns.RequireExecution(arn);
        _ = backend.Executions.GetExecution(arn) ?? throw ApiErrors.ExecutionDoesNotExist(arn);
        var page = backend.MapRuns.ListMapRuns(arn, after, limit + 1);
        var list = new JsonArray();
        foreach (var (_, run) in page.Take(limit))
        {
            list.Add(MapRunDescriptions.ListItem(run));
        }

        var response = new JsonObject { ["mapRuns"] = list };
        if (page.Count > limit)
        {
            response["nextToken"] = PageTokens.Encode($"{Name}|{arn}", page[limit - 1].Position);
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
