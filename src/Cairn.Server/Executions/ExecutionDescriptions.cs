using System.Text.Json.Nodes;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Executions;

/// <summary>The execution shapes of DescribeExecution and ListExecutions.</summary>
internal static class ExecutionDescriptions
{
    public static JsonObject Describe(ExecutionRecord execution, DateTimeOffset now)
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
        response["redriveCount"] = execution.RedriveCount;
        if (execution.RedriveDate is { } redriven)
        {
            response["redriveDate"] = MachineDescriptions.Timestamp(redriven);
        }

        var reason = Redrivability.Reason(execution, now);
        response["redriveStatus"] = reason is null ? "REDRIVABLE" : "NOT_REDRIVABLE";
        if (reason is not null)
        {
            response["redriveStatusReason"] = reason;
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
        if (execution.RedriveDate is { } redriven)
        {
            item["redriveCount"] = execution.RedriveCount;
            item["redriveDate"] = MachineDescriptions.Timestamp(redriven);
        }

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
