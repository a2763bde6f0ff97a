using System.Text.Json.Nodes;
using Cairn.Asl.Data;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Json;

namespace Cairn.Conformance.Tests.InProcess;

/// <summary>Execution actions.</summary>
public sealed partial class InProcessStepFunctionsClient
{
    private JsonObject StartExecution(JsonObject p, bool sync)
    {
        var machine = FindMachine((string)p["stateMachineArn"]!);
        var inputText = (string?)p["input"];
        var input = ExecutionInput.TryParse(inputText, out var error)
            ?? throw new StepFunctionsApiException("InvalidExecutionInput", error!);
        inputText ??= "{}";

        var name = (string?)p["name"] ?? Guid.NewGuid().ToString();
        var options = new LocalExecutionOptions
        {
            StateMachineName = machine.Name,
            ExecutionName = name,
            AccountId = Account,
            Region = Region,
            RoleArn = machine.RoleArn,
            TimeScale = 0,
            InputText = inputText,
            IsExpress = sync,
            Entropy = new SeededEntropySource(name.GetHashCode()),
        };
        var interpreter = LocalExecution.RunAsync(machine.Compiled, input, _tasks, options).GetAwaiter().GetResult();
        var record = new ExecutionRecord(machine, interpreter, inputText);
        _executions[interpreter.Info.ExecutionArn] = record;
        if (!sync)
        {
            return new JsonObject { ["executionArn"] = interpreter.Info.ExecutionArn, ["startDate"] = Epoch(interpreter.Info.StartTime) };
        }

        var response = new JsonObject
        {
            ["executionArn"] = interpreter.Info.ExecutionArn,
            ["stateMachineArn"] = machine.Arn,
            ["name"] = name,
            ["startDate"] = Epoch(interpreter.Info.StartTime),
            ["stopDate"] = Epoch(interpreter.StopDate ?? interpreter.Info.StartTime),
            ["status"] = interpreter.Status.ToString(),
            ["input"] = inputText,
            ["inputDetails"] = new JsonObject { ["included"] = true },
        };
        AddResult(response, interpreter);
        response["outputDetails"] = new JsonObject { ["included"] = true };
        response["billingDetails"] = new JsonObject { ["billedMemoryUsedInMB"] = 64, ["billedDurationInMilliseconds"] = 100 };
        return response;
    }

    private static void AddResult(JsonObject response, Interpreter interpreter)
    {
        if (interpreter.Output is { } output)
        {
            response["output"] = output.ToJson();
            response["outputDetails"] = new JsonObject { ["included"] = true };
        }

        if (interpreter.Error is { } error)
        {
            response["error"] = error;
        }

        if (interpreter.Cause is { } cause)
        {
            response["cause"] = cause;
        }
    }

    private JsonObject DescribeExecution(JsonObject p)
    {
        var record = FindExecution((string)p["executionArn"]!);
        var interpreter = record.Interpreter;
        var response = new JsonObject
        {
            ["executionArn"] = interpreter.Info.ExecutionArn,
            ["stateMachineArn"] = record.Machine.Arn,
            ["name"] = interpreter.Info.Name,
            ["status"] = interpreter.Status.ToString(),
            ["startDate"] = Epoch(interpreter.Info.StartTime),
            ["input"] = record.InputText,
            ["inputDetails"] = new JsonObject { ["included"] = true },
        };
        if (interpreter.StopDate is { } stop)
        {
            response["stopDate"] = Epoch(stop);
        }

        AddResult(response, interpreter);
        response["redriveCount"] = 0;
        var redrivable = interpreter.Status is ExecutionStatus.FAILED or ExecutionStatus.ABORTED or ExecutionStatus.TIMED_OUT;
        response["redriveStatus"] = redrivable ? "REDRIVABLE" : "NOT_REDRIVABLE";
        if (!redrivable)
        {
            response["redriveStatusReason"] = interpreter.Status == ExecutionStatus.RUNNING
                ? "Execution is RUNNING and cannot be redriven"
                : $"Execution is {interpreter.Status} and cannot be redriven";
        }

        return response;
    }

    private JsonObject GetExecutionHistory(JsonObject p)
    {
        var record = FindExecution((string)p["executionArn"]!);
        var includeData = (bool?)p["includeExecutionData"] ?? true;
        var events = record.Interpreter.History.Select(e => ToNode(e.ToJson(true, includeData))).ToList();
        if ((bool?)p["reverseOrder"] == true)
        {
            events.Reverse();
        }

        return new JsonObject { ["events"] = new JsonArray(events.ToArray()) };
    }

    private JsonObject ListExecutions(JsonObject p)
    {
        var machineArn = (string)p["stateMachineArn"]!;
        FindMachine(machineArn);
        var filter = (string?)p["statusFilter"];
        var list = new JsonArray();
        foreach (var record in _executions.Values.Reverse())
        {
            var interpreter = record.Interpreter;
            if (record.Machine.Arn != machineArn || (filter is not null && interpreter.Status.ToString() != filter))
            {
                continue;
            }

            var item = new JsonObject
            {
                ["executionArn"] = interpreter.Info.ExecutionArn,
                ["stateMachineArn"] = machineArn,
                ["name"] = interpreter.Info.Name,
                ["status"] = interpreter.Status.ToString(),
                ["startDate"] = Epoch(interpreter.Info.StartTime),
            };
            if (interpreter.StopDate is { } stop)
            {
                item["stopDate"] = Epoch(stop);
            }

            list.Add(item);
        }

        return new JsonObject { ["executions"] = list };
    }

    private JsonObject StopExecution(JsonObject p)
    {
        var record = FindExecution((string)p["executionArn"]!);
        record.Interpreter.Apply(InterpreterInput.Stop(DateTimeOffset.UtcNow, (string?)p["error"], (string?)p["cause"]));
        return new JsonObject { ["stopDate"] = Epoch(record.Interpreter.StopDate ?? DateTimeOffset.UtcNow) };
    }
}
