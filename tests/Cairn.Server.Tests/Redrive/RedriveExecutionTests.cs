using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Redrive;

/// <summary>
/// boto3 against <c>cairn serve</c>: RedriveExecution of a Task whose mocked first invocation fails
/// and second succeeds (surviving a crash of the server right after the redrive), of a Map with one
/// failed iteration, of an aborted execution, and the requests that cannot be redriven.
/// </summary>
public sealed class RedriveExecutionTests : IDisposable
{
    private const string MockConfig = """
        {
          "StateMachines": {
            "flaky": {"TestCases": {"FailOnce": {"Call": "FailThenSucceed"}}},
            "mapped": {"TestCases": {"SecondItemFailsOnce": {"Work": "SecondFailsOnce"}}}
          },
          "MockedResponses": {
            "FailThenSucceed": {
              "0": {"Throw": {"Error": "Lambda.Boom", "Cause": "first call"}},
              "1": {"Return": {"Payload": {"ok": true}}}
            },
            "SecondFailsOnce": {
              "0": {"Return": {"Payload": "one"}},
              "1": {"Throw": {"Error": "Item.Boom", "Cause": "second item"}},
              "2": {"Return": {"Payload": "two"}},
              "3": {"Return": {"Payload": "three"}}
            }
          }
        }
        """;

    private readonly TempFolder _data = new();
    private readonly TempFolder _config = new();
    private readonly string _mockConfig;
    private ServeProcess _server;

    public RedriveExecutionTests()
    {
        _mockConfig = _config.Write("mock-config.json", MockConfig);
        _server = StartServer();
    }

    [Fact]
    public void AFailedTaskIsRedrivenToSuccessAcrossACrash()
    {
        var redrive = """

            definition = json.dumps({"StartAt": "Prepare", "States": {
                "Prepare": {"Type": "Pass", "Result": {"n": 1}, "Next": "Call"},
                "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "f", "Redrives.$": "$$.Execution.RedriveCount"}, "OutputPath": "$.Payload", "Next": "Pause"},
                "Pause": {"Type": "Wait", "Seconds": 1, "End": True}}})
            machine = sfn.create_state_machine(name="flaky", definition=definition, roleArn=role)["stateMachineArn"]
            execution = sfn.start_execution(stateMachineArn=machine + "#FailOnce", name="run1")["executionArn"]
            plain_run = sfn.start_execution(stateMachineArn=machine, name="other", input="{}")["executionArn"]
            result = {"execution": execution, "failed": plain(finished(execution))}
            first = sfn.redrive_execution(executionArn=execution, clientToken="token-1")
            again = sfn.redrive_execution(executionArn=execution, clientToken="token-1")
            result["redriveDate"] = str(first["redriveDate"])
            result["repeatedDate"] = str(again["redriveDate"])
            result["other_token"] = error(lambda: sfn.redrive_execution(executionArn=execution, clientToken="token-2"))
            print(json.dumps(result))
            """;
        var first = Run(redrive);
        var failed = first["failed"]!.AsObject();
        Assert.Equal("FAILED", (string)failed["status"]!);
        Assert.Equal("Lambda.Boom", (string)failed["error"]!);
        Assert.Equal("REDRIVABLE", (string)failed["redriveStatus"]!);
        Assert.Equal(0, (int)failed["redriveCount"]!);
        Assert.Null(failed["redriveStatusReason"]);
        Assert.Equal((string)first["redriveDate"]!, (string)first["repeatedDate"]!);
        Assert.Equal("ExecutionNotRedrivable: Execution is RUNNING and cannot be redriven", (string)first["other_token"]!);

        // The redrive is committed before it is answered: a crashed server resumes the redriven run.
        _server.Kill();
        _server.Dispose();
        _server = StartServer();
        var finish = """

            execution = sys.argv[2]
            machine = execution.replace(":execution:", ":stateMachine:").rsplit(":", 1)[0]
            result = {"done": plain(finished(execution)), "events": plain(history(execution))}
            result["redriven"] = plain(sfn.list_executions(stateMachineArn=machine, redriveFilter="REDRIVEN"))["executions"]
            result["not_redriven"] = [e["name"] for e in sfn.list_executions(stateMachineArn=machine, redriveFilter="NOT_REDRIVEN")["executions"]]
            result["succeeded"] = error(lambda: sfn.redrive_execution(executionArn=execution))
            print(json.dumps(result))
            """;
        var done = Run(finish, (string)first["execution"]!);
        var execution = done["done"]!.AsObject();
        Assert.Equal("SUCCEEDED", (string)execution["status"]!);
        Assert.Equal("""{"ok":true}""", execution["output"]!.GetValue<string>().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(1, (int)execution["redriveCount"]!);
        Assert.Equal((string)first["redriveDate"]!, (string)execution["redriveDate"]!);
        Assert.Equal("NOT_REDRIVABLE", (string)execution["redriveStatus"]!);
        Assert.Equal("Execution is SUCCEEDED and cannot be redriven", (string)execution["redriveStatusReason"]!);
        Assert.Null(execution["error"]);

        var events = done["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var types = events.Select(e => (string)e["type"]!).ToList();
        var failedAt = types.IndexOf("ExecutionFailed");
        Assert.Equal("ExecutionRedriven", types[failedAt + 1]);
        Assert.Equal(1, (int)events[failedAt + 1]["executionRedrivenEventDetails"]!["redriveCount"]!);
        Assert.Equal("TaskStateEntered", types[failedAt + 2]);
        Assert.Single(types, t => t == "PassStateEntered");
        Assert.Equal(2, types.Count(t => t == "TaskScheduled"));
        var scheduled = events.Where(e => (string)e["type"]! == "TaskScheduled").Select(e => (string)e["taskScheduledEventDetails"]!["parameters"]!).ToList();
        Assert.Contains("\"Redrives\":0", scheduled[0].Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"Redrives\":1", scheduled[1].Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("ExecutionSucceeded", types[^1]);

        var redriven = Assert.Single(done["redriven"]!.AsArray())!.AsObject();
        Assert.Equal("run1", (string)redriven["name"]!);
        Assert.Equal(1, (int)redriven["redriveCount"]!);
        Assert.NotNull(redriven["redriveDate"]);
        Assert.Equal(["other"], done["not_redriven"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("ExecutionNotRedrivable: Execution is SUCCEEDED and cannot be redriven", (string)done["succeeded"]!);
    }

    [Fact]
    public void OnlyTheFailedMapIterationAndThoseNotStartedRunAgain()
    {
        var script = """

            definition = json.dumps({"StartAt": "Map", "States": {"Map": {"Type": "Map", "MaxConcurrency": 1, "End": True,
                "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": "f", "Item.$": "$"}, "OutputPath": "$.Payload", "End": True}}}}}})
            machine = sfn.create_state_machine(name="mapped", definition=definition, roleArn=role)["stateMachineArn"]
            execution = sfn.start_execution(stateMachineArn=machine + "#SecondItemFailsOnce", input="[10, 20, 30]")["executionArn"]
            result = {"failed": plain(finished(execution))}
            sfn.redrive_execution(executionArn=execution)
            result["done"] = plain(finished(execution))
            result["events"] = plain(history(execution))
            print(json.dumps(result))
            """;
        var result = Run(script);
        Assert.Equal("FAILED", (string)result["failed"]!["status"]!);
        Assert.Equal("Item.Boom", (string)result["failed"]!["error"]!);
        var done = result["done"]!.AsObject();
        Assert.Equal("SUCCEEDED", (string)done["status"]!);
        Assert.Equal("""["one","two","three"]""", done["output"]!.GetValue<string>().Replace(" ", string.Empty, StringComparison.Ordinal));

        var events = result["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var redrivenAt = events.FindIndex(e => (string)e["type"]! == "ExecutionRedriven");
        Assert.True(redrivenAt > 0);
        var restarted = events.Skip(redrivenAt).Where(e => (string)e["type"]! == "MapIterationStarted").Select(e => (int)e["mapIterationStartedEventDetails"]!["index"]!);
        Assert.Equal([1, 2], restarted);
        Assert.Equal(4, events.Count(e => (string)e["type"]! == "TaskStateEntered"));
        Assert.Single(events, e => (string)e["type"]! == "MapStateEntered");
    }

    [Fact]
    public void AnAbortedExecutionIsRedrivenAndRequestsThatCannotBeAreRefused()
    {
        var script = """

            definition = json.dumps({"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 30, "End": True}}})
            machine = sfn.create_state_machine(name="waits", definition=definition, roleArn=role)["stateMachineArn"]
            execution = sfn.start_execution(stateMachineArn=machine, name="w1")["executionArn"]
            express = sfn.create_state_machine(name="fast", definition=definition, roleArn=role, type="EXPRESS")["stateMachineArn"]
            result = {
                "running": error(lambda: sfn.redrive_execution(executionArn=execution)),
                "unknown": error(lambda: sfn.redrive_execution(executionArn=execution + "x")),
                "machine": error(lambda: sfn.redrive_execution(executionArn=machine)),
                "express": error(lambda: sfn.redrive_execution(executionArn=express.replace(":stateMachine:", ":express:") + ":e:0c6c7e4e-0000-4000-8000-000000000000")),
                "token": error(lambda: sfn.redrive_execution(executionArn=execution, clientToken="x" * 65)),
            }
            sfn.stop_execution(executionArn=execution, error="Stopped")
            result["aborted"] = plain(finished(execution))
            sfn.redrive_execution(executionArn=execution)
            result["redriven"] = plain(sfn.describe_execution(executionArn=execution))
            result["types"] = [e["type"] for e in history(execution)]
            print(json.dumps(result))
            """;
        var result = Run(script);
        Assert.Equal("ExecutionNotRedrivable: Execution is RUNNING and cannot be redriven", (string)result["running"]!);
        Assert.StartsWith("ExecutionDoesNotExist: ", (string)result["unknown"]!, StringComparison.Ordinal);
        Assert.Equal("InvalidArn: Invalid Arn: 'Resource type not valid in this context: stateMachine'", (string)result["machine"]!);
        Assert.StartsWith("ExecutionNotRedrivable: ", (string)result["express"]!, StringComparison.Ordinal);
        Assert.StartsWith("ValidationException: 1 validation error detected: Value", (string)result["token"]!, StringComparison.Ordinal);

        var aborted = result["aborted"]!.AsObject();
        Assert.Equal("ABORTED", (string)aborted["status"]!);
        Assert.Equal("REDRIVABLE", (string)aborted["redriveStatus"]!);
        var redriven = result["redriven"]!.AsObject();
        Assert.Equal("RUNNING", (string)redriven["status"]!);
        Assert.Equal(1, (int)redriven["redriveCount"]!);
        Assert.Null(redriven["stopDate"]);
        Assert.Null(redriven["error"]);
        Assert.Equal("Execution is RUNNING and cannot be redriven", (string)redriven["redriveStatusReason"]!);
        Assert.Equal(
            ["ExecutionStarted", "WaitStateEntered", "ExecutionAborted", "ExecutionRedriven", "WaitStateEntered"],
            result["types"]!.AsArray().Select(t => (string)t!));
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
        _config.Dispose();
    }

    private ServeProcess StartServer() => ServeProcess.Start("--data", _data.Dir, "--mock-config", _mockConfig);

    private JsonObject Run(string script, params string[] arguments) => Boto3Script.Run(_server, script, arguments);
}
