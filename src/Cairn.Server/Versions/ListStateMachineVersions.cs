using System.Text.Json.Nodes;
using Cairn.Server.Protocol;

namespace Cairn.Server.Versions;

/// <summary>ListStateMachineVersions: a machine's versions, newest first, paginated.</summary>
internal sealed class ListStateMachineVersions(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "ListStateMachineVersions";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineArn", 1, 256);
        var limit = request.PageSize();
        var scope = $"{Name}|{arn}";
        var before = PageTokens.Decode(request, scope);
        backend.RequireMachine(arn);
        var page = backend.Versions.ListVersions(arn, before, limit + 1);
        var list = new JsonArray();
        foreach (var version in page.Take(limit))
        {
            list.Add(VersionPublisher.ListItem(version));
        }

        var response = new JsonObject { ["stateMachineVersions"] = list };
        if (page.Count > limit)
        {
            response["nextToken"] = PageTokens.Encode(scope, page[limit - 1].Version);
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
