using System.Text.Json.Nodes;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.MapRuns;

/// <summary>
/// The Map Run shapes of DescribeMapRun (with its redrives: redriveCount, and redriveDate once
/// redriven) and ListMapRuns, and finding a Map Run by its ARN.
/// </summary>
internal static class MapRunDescriptions
{
    /// <summary>The Map Run an ARN names; InvalidArn or ResourceNotFound otherwise.</summary>
    public static MapRunRecord Require(StepFunctionsBackend backend, ApiRequest request) =>
        Require(backend, request.RequiredString("mapRunArn", 1, 2000));

    /// <summary>The Map Run <paramref name="arn"/> names; InvalidArn or ResourceNotFound otherwise.</summary>
    public static MapRunRecord Require(StepFunctionsBackend backend, string arn)
    {
        Arns.RequireMapRun(arn);
        return backend.MapRuns.GetMapRun(arn) ?? throw ApiErrors.ResourceNotFound(arn);
    }

    public static JsonObject Describe(MapRunRecord run)
    {
        var response = new JsonObject
        {
            ["mapRunArn"] = run.MapRunArn,
            ["executionArn"] = run.ExecutionArn,
            ["status"] = run.Status,
            ["startDate"] = MachineDescriptions.Timestamp(run.StartDate),
        };
        if (run.StopDate is { } stop)
        {
            response["stopDate"] = MachineDescriptions.Timestamp(stop);
        }

        response["maxConcurrency"] = run.MaxConcurrency;
        response["toleratedFailurePercentage"] = run.ToleratedFailurePercentage;
        response["toleratedFailureCount"] = run.ToleratedFailureCount;
        response["itemCounts"] = Counts(run.ItemCounts);
        response["executionCounts"] = Counts(run.ExecutionCounts);
        response["redriveCount"] = run.RedriveCount;
        if (run.RedriveDate is { } redriven)
        {
            response["redriveDate"] = MachineDescriptions.Timestamp(redriven);
        }

        return response;
    }

    public static JsonObject ListItem(MapRunRecord run)
    {
        var item = new JsonObject
        {
            ["executionArn"] = run.ExecutionArn,
            ["mapRunArn"] = run.MapRunArn,
            ["stateMachineArn"] = run.StateMachineArn,
            ["startDate"] = MachineDescriptions.Timestamp(run.StartDate),
        };
        if (run.StopDate is { } stop)
        {
            item["stopDate"] = MachineDescriptions.Timestamp(stop);
        }

        return item;
    }

    /// <summary>A Map Run's child execution as ListExecutions with a <c>mapRunArn</c> lists it: with the Map Run and its item count.</summary>
    public static JsonObject ChildListItem(MapRunExecutionRecord child)
    {
        var item = new JsonObject
        {
            ["executionArn"] = child.ExecutionArn,
            ["stateMachineArn"] = child.StateMachineArn,
            ["name"] = child.Name,
            ["status"] = child.Status,
            ["startDate"] = MachineDescriptions.Timestamp(child.StartDate),
        };
        if (child.StopDate is { } stop)
        {
            item["stopDate"] = MachineDescriptions.Timestamp(stop);
        }

        item["mapRunArn"] = child.MapRunArn;
        item["itemCount"] = child.ItemCount;
        item["redriveCount"] = child.RedriveCount;
        if (child.RedriveDate is { } redriven)
        {
            item["redriveDate"] = MachineDescriptions.Timestamp(redriven);
        }

        return item;
    }

    private static JsonObject Counts(MapRunCounts counts) => new()
    {
        ["pending"] = counts.Pending,
        ["running"] = counts.Running,
        ["succeeded"] = counts.Succeeded,
        ["failed"] = counts.Failed,
        ["timedOut"] = counts.TimedOut,
        ["aborted"] = counts.Aborted,
        ["total"] = counts.Total,
        ["resultsWritten"] = counts.ResultsWritten,
        ["failuresNotRedrivable"] = counts.FailuresNotRedrivable,
        ["pendingRedrive"] = counts.PendingRedrive,
    };
}
