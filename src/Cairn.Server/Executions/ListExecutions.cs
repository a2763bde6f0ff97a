using System.Text.Json.Nodes;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Server.MapRuns;
using Cairn.Server.Protocol;
using Cairn.Server.Versions;

namespace Cairn.Server.Executions;

/// <summary>
/// ListExecutions: a Standard machine's executions (or those started through a version or alias),
/// or a Map Run's child executions (<c>mapRunArn</c>; one of the two, not both), newest first,
/// optionally of one status or only those (not) redriven, paginated.
/// </summary>
internal sealed class ListExecutions(StepFunctionsBackend backend) : IApiAction
{
    private static readonly string[] Statuses = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"];

    private static readonly string[] RedriveFilters = ["REDRIVEN", "NOT_REDRIVEN"];

    public string Name => "ListExecutions";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.OptionalString("stateMachineArn", 1, 256);
        var mapRunArn = request.OptionalString("mapRunArn", 1, 2000);
        var statusText = request.OptionalString("statusFilter");
        var redriveText = request.OptionalString("redriveFilter");
        var problems = new List<string>(3);
        if (statusText is not null && Array.IndexOf(Statuses, statusText) < 0)
        {
            problems.Add(ApiErrors.ConstraintProblem("statusFilter", statusText, ApiErrors.EnumConstraint(Statuses)));
        }

        if (redriveText is not null && Array.IndexOf(RedriveFilters, redriveText) < 0)
        {
            problems.Add(ApiErrors.ConstraintProblem("redriveFilter", redriveText, ApiErrors.EnumConstraint(RedriveFilters)));
        }

        // AWS checks the two ARNs with the members' constraints and reports every problem at once.
        if (arn is null && mapRunArn is null)
        {
            problems.Add("Must provide a StateMachine ARN or MapRun ARN");
        }
        else if (arn is not null && mapRunArn is not null)
        {
            problems.Add("Must provide either a StateMachine ARN or a MapRun ARN, not both");
        }

        if (problems.Count > 0)
        {
            throw ApiErrors.Validation(problems);
        }

        var limit = request.PageSize();

        var status = statusText is null ? (ExecutionStatus?)null : Enum.Parse<ExecutionStatus>(statusText);
        var redriven = redriveText is null ? (bool?)null : redriveText == "REDRIVEN";
        var scope = $"{Name}|{arn ?? mapRunArn}|{statusText}";
        var tokenScope = redriveText is null ? scope : $"{scope}|{redriveText}";
        var after = PageTokens.Decode(request, tokenScope);
        var list = new JsonArray();
        long? next;
        if (mapRunArn is not null)
        {
            var run = MapRunDescriptions.Require(backend, mapRunArn);
            var page = backend.MapRuns.ListMapRunExecutions(run.MapRunArn, status, redriven, after, limit + 1);
            foreach (var (_, child) in page.Take(limit))
            {
                list.Add(MapRunDescriptions.ChildListItem(child));
            }

            next = page.Count > limit ? page[limit - 1].Position : null;
        }
        else
        {
            if (status == ExecutionStatus.PENDING_REDRIVE)
            {
                throw ApiErrors.Validation("1 validation error detected: PENDING_REDRIVE status filter is only supported with a MapRun ARN");
            }

            var machine = ExecutionTarget.OwningMachine(backend, arn!);
            if (machine.Type == StateMachineKind.EXPRESS)
            {
                throw ApiErrors.StateMachineTypeNotSupported();
            }

            var page = backend.Executions.ListExecutions(arn!, status, after, limit + 1, redriven);
            foreach (var (_, execution) in page.Take(limit))
            {
                list.Add(ExecutionDescriptions.ListItem(execution));
            }

            next = page.Count > limit ? page[limit - 1].Position : null;
        }

        var response = new JsonObject { ["executions"] = list };
        if (next is { } position)
        {
            response["nextToken"] = PageTokens.Encode(tokenScope, position);
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
