using System.Text.Json.Nodes;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.Versions;

namespace Cairn.Server.Executions;

/// <summary>ListExecutions: a Standard machine's executions (or those started through a version or alias), newest first, optionally of one status or only those (not) redriven, paginated.</summary>
internal sealed class ListExecutions(StepFunctionsBackend backend) : IApiAction
{
    private static readonly string[] Statuses = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"];

    private static readonly string[] RedriveFilters = ["REDRIVEN", "NOT_REDRIVEN"];

    public string Name => "ListExecutions";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.OptionalString("stateMachineArn", 1, 256);
        if (arn is null)
        {
            throw request.OptionalString("mapRunArn") is null
                ? ApiErrors.Validation("Must provide a StateMachine ARN or MapRun ARN")
                : ApiErrors.Validation("Map runs are not supported: list the executions of a state machine");
        }

        var statusText = request.OptionalEnum("statusFilter", Statuses);
        var redriveText = request.OptionalEnum("redriveFilter", RedriveFilters);
        var limit = request.PageSize();
        var tokenScope = redriveText is null ? $"{Name}|{arn}|{statusText}" : $"{Name}|{arn}|{statusText}|{redriveText}";
        var after = PageTokens.Decode(request, tokenScope);
        var machine = ExecutionTarget.OwningMachine(backend, arn);
        if (machine.Type == StateMachineKind.EXPRESS)
        {
            throw ApiErrors.StateMachineTypeNotSupported();
        }

        var status = statusText is null ? (ExecutionStatus?)null : Enum.Parse<ExecutionStatus>(statusText);
        var redriven = redriveText is null ? (bool?)null : redriveText == "REDRIVEN";
        var page = backend.Executions.ListExecutions(arn, status, after, limit + 1, redriven);
        var list = new JsonArray();
        foreach (var (_, execution) in page.Take(limit))
        {
            list.Add(ExecutionDescriptions.ListItem(execution));
        }

        var response = new JsonObject { ["executions"] = list };
        if (page.Count > limit)
        {
            response["nextToken"] = PageTokens.Encode(tokenScope, page[limit - 1].Position);
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
