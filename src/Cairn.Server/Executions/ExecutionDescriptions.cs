using System.Text.Json.Nodes;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Executions;

/// <summary>The execution shapes of DescribeExecution and ListExecutions.</summary>
internal static class ExecutionDescriptions
{
    public static JsonObject Describe(ExecutionRecord execution)
    {
        var response = new JsonObject
        {
            ["executionArn"] = execution.ExecutionArn,
            ["stateMachineArn"] = execution.StateMachineArn,
            ["name"] = execution.Name,
            ["status"] = execution.Status.ToString(),
            ["startDate"] = MachineDescriptions.Timestamp(execution.StartDate),
            ["input"] = execution.InputText,
            ["inputDetails"] = new JsonObject { ["included"] = true },
        };
        if (execution.StopDate is { } stop)
        {
            response["stopDate"] = MachineDescriptions.Timestamp(stop);
        }

        AddResult(response, execution.Output, execution.Error, execution.Cause);
        AddQualifiers(response, execution);
        response["redriveCount"] = 0;
        var redrivable = execution.Status is ExecutionStatus.FAILED or ExecutionStatus.ABORTED or ExecutionStatus.TIMED_OUT;
        response["redriveStatus"] = redrivable ? "REDRIVABLE" : "NOT_REDRIVABLE";
        if (!redrivable)
        {
            response["redriveStatusReason"] = $"Execution is {execution.Status} and cannot be redriven";
        }

        return response;
    }

    public static JsonObject ListItem(ExecutionRecord execution)
    {
        var item = new JsonObject
        {
            ["executionArn"] = execution.ExecutionArn,
            ["stateMachineArn"] = execution.StateMachineArn,
            ["name"] = execution.Name,
            ["status"] = execution.Status.ToString(),
            ["startDate"] = MachineDescriptions.Timestamp(execution.StartDate),
        };
        if (execution.StopDate is { } stop)
        {
            item["stopDate"] = MachineDescriptions.Timestamp(stop);
        }

        AddQualifiers(item, execution);
        return item;
    }

    /// <summary>The version and alias an execution was started through.</summary>
    public static void AddQualifiers(JsonObject response, ExecutionRecord execution)
    {
        if (execution.StateMachineVersionArn is { } version)
        {
            response["stateMachineVersionArn"] = version;
        }

        if (execution.StateMachineAliasArn is { } alias)
        {
            response["stateMachineAliasArn"] = alias;
        }
    }

    public static void AddResult(JsonObject response, string? output, string? error, string? cause)
    {
        if (output is not null)
        {
            response["output"] = output;
            response["outputDetails"] = new JsonObject { ["included"] = true };
        }

        if (error is not null)
        {
            response["error"] = error;
        }

        if (cause is not null)
        {
            response["cause"] = cause;
        }
    }
}
