using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Redrive;

/// <summary>
/// boto3 against <c>cairn serve</c>: redriving an execution whose distributed Map failed redrives
/// its Map Run (same ARN, MapRunRedriven, redriveCount and redriveDate), reruns only the failed
/// iteration and those not started, and survives a crash of the server while the Map Run runs again.
/// </summary>
public sealed class MapRunRedriveTests : IDisposable
{
    private const string MockConfig = """
        {
          "StateMachines": {
            "distributed": {"TestCases": {"SecondItemFailsOnce": {"Work": "SecondFailsOnce"}}}
          },
          "MockedResponses": {
            "SecondFailsOnce": {
              "0": {"Return": {"Payload": "one"}},
              "1": {"Throw": {"Error": "Item.Boom", "Cause": "second item"}},
              "2": {"Return": {"Payload": "two"}},
              "3": {"Return": {"Payload": "three"}}
            }
          }
        }
        """;

    private const string Helpers = """
        def map_runs(execution):
            return [plain(r) for r in sfn.list_map_runs(executionArn=execution)["mapRuns"]]

        """;

    private readonly TempFolder _data = new();
    private readonly TempFolder _config = new();
    private readonly string _mockConfig;
    private ServeProcess _server;

    public MapRunRedriveTests()
    {
        _mockConfig = _config.Write("mock-config.json", MockConfig);
        _server = StartServer();
    }

    [Fact]
    public void TheFailedMapRunIsRedrivenAndOnlyItsUnsuccessfulIterationsRunAgainAcrossACrash()
    {
        var first = Run("""
            definition = json.dumps({"StartAt": "Map", "States": {"Map": {"Type": "Map", "Label": "items", "MaxConcurrency": 1, "End": True,
                "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Work", "States": {
                    "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f", "Item.$": "$"},
                             "OutputPath": "$.Payload", "Next": "Pause"},
                    "Pause": {"Type": "Wait", "Seconds": 1, "End": True}}}}}})
            machine = sfn.create_state_machine(name="distributed", definition=definition, roleArn=role)["stateMachineArn"]
            execution = sfn.start_execution(stateMachineArn=machine + "#SecondItemFailsOnce", input="[10, 20, 30]")["executionArn"]
            result = {"execution": execution, "failed": plain(finished(execution))}
            runs = map_runs(execution)
            result["runs_before"] = runs
            arn = runs[0]["mapRunArn"]
            result["run_failed"] = plain(sfn.describe_map_run(mapRunArn=arn))
            result["redrive"] = plain(sfn.redrive_execution(executionArn=execution))
            result["run_redriven"] = plain(sfn.describe_map_run(mapRunArn=arn))
            print(json.dumps(result))
            """);
        var failed = first["failed"]!.AsObject();
        Assert.Equal("FAILED", (string)failed["status"]!);
        Assert.Equal("States.ExceedToleratedFailureThreshold", (string)failed["error"]!);

        var runFailed = first["run_failed"]!.AsObject();
        var mapRunArn = (string)runFailed["mapRunArn"]!;
        Assert.Equal("FAILED", (string)runFailed["status"]!);
        Assert.NotNull(runFailed["stopDate"]);
        Assert.Equal(0, (int)runFailed["redriveCount"]!);
        Assert.Null(runFailed["redriveDate"]);
        AssertCounts(runFailed["itemCounts"]!, pending: 1, running: 0, succeeded: 1, failed: 1, pendingRedrive: 0);
        AssertCounts(runFailed["executionCounts"]!, pending: 1, running: 0, succeeded: 1, failed: 1, pendingRedrive: 0);

        // Right after the redrive the same Map Run runs again: the failed item first, the item not started after it.
        var runRedriven = first["run_redriven"]!.AsObject();
        Assert.Equal(mapRunArn, (string)runRedriven["mapRunArn"]!);
        Assert.Equal("RUNNING", (string)runRedriven["status"]!);
        Assert.Null(runRedriven["stopDate"]);
        Assert.Equal(1, (int)runRedriven["redriveCount"]!);
        Assert.Equal((string)first["redrive"]!["redriveDate"]!, (string)runRedriven["redriveDate"]!);
        Assert.Equal((string)runFailed["startDate"]!, (string)runRedriven["startDate"]!);
        AssertCounts(runRedriven["itemCounts"]!, pending: 1, running: 1, succeeded: 1, failed: 0, pendingRedrive: 0);

        // The redrive is committed before it is answered: a crashed server carries the redriven Map Run on.
        _server.Kill();
        _server.Dispose();
        _server = StartServer();
        var done = Run(
            """
                execution, arn = sys.argv[2], sys.argv[3]
                result = {"done": plain(finished(execution)), "run": plain(sfn.describe_map_run(mapRunArn=arn)), "runs": map_runs(execution)}
                result["events"] = plain(history(execution))
                print(json.dumps(result))
                """,
            (string)first["execution"]!,
            mapRunArn);
        var execution = done["done"]!.AsObject();
        Assert.Equal("SUCCEEDED", (string)execution["status"]!);
        Assert.Equal("""["one","two","three"]""", execution["output"]!.GetValue<string>().Replace(" ", string.Empty, StringComparison.Ordinal));

        var run = done["run"]!.AsObject();
        Assert.Equal("SUCCEEDED", (string)run["status"]!);
        Assert.NotNull(run["stopDate"]);
        Assert.Equal(1, (int)run["redriveCount"]!);
        Assert.Equal((string)runRedriven["redriveDate"]!, (string)run["redriveDate"]!);
        AssertCounts(run["itemCounts"]!, pending: 0, running: 0, succeeded: 3, failed: 0, pendingRedrive: 0);

        var listed = Assert.Single(done["runs"]!.AsArray())!.AsObject();
        Assert.Equal(mapRunArn, (string)listed["mapRunArn"]!);
        Assert.Equal((string)first["runs_before"]![0]!["startDate"]!, (string)listed["startDate"]!);
        Assert.NotNull(listed["stopDate"]);

        var events = done["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var types = events.Select(e => (string)e["type"]!).ToList();
        Assert.Single(types, t => t == "MapRunStarted");
        Assert.Single(types, t => t == "MapStateEntered");
        var redrivenAt = types.IndexOf("ExecutionRedriven");
        Assert.Equal(
            ["ExecutionRedriven", "MapRunRedriven", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded"],
            types.Skip(redrivenAt));
        var mapRunRedriven = events[redrivenAt + 1];
        Assert.Equal((int)events[redrivenAt]["id"]!, (int)mapRunRedriven["previousEventId"]!);
        Assert.Equal(mapRunArn, (string)mapRunRedriven["mapRunRedrivenEventDetails"]!["mapRunArn"]!);
        Assert.Equal(1, (int)mapRunRedriven["mapRunRedrivenEventDetails"]!["redriveCount"]!);
        Assert.Equal((int)mapRunRedriven["id"]!, (int)events[redrivenAt + 2]["previousEventId"]!);
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
        _config.Dispose();
    }

    private static void AssertCounts(JsonNode counts, int pending, int running, int succeeded, int failed, int pendingRedrive)
    {
        Assert.Equal(pending, (int)counts["pending"]!);
        Assert.Equal(running, (int)counts["running"]!);
        Assert.Equal(succeeded, (int)counts["succeeded"]!);
        Assert.Equal(failed, (int)counts["failed"]!);
        Assert.Equal(0, (int)counts["aborted"]!);
        Assert.Equal(0, (int)counts["timedOut"]!);
        Assert.Equal(3, (int)counts["total"]!);
        Assert.Equal(succeeded, (int)counts["resultsWritten"]!);
        Assert.Equal(0, (int)counts["failuresNotRedrivable"]!);
        Assert.Equal(pendingRedrive, (int)counts["pendingRedrive"]!);
    }

    private ServeProcess StartServer() => ServeProcess.Start("--data", _data.Dir, "--mock-config", _mockConfig);

    private JsonObject Run(string script, params string[] arguments) => Boto3Script.Run(_server, Helpers + script, arguments);
}
