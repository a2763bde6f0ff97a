using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.MapRuns;

/// <summary>
/// boto3 against <c>cairn serve</c>: DescribeMapRun, ListMapRuns and UpdateMapRun for distributed
/// Map states whose items come from the state input, including a raised concurrency that survives
/// a restart of the server, a Map Run that exceeds its tolerated failures, and the errors.
/// </summary>
public sealed class MapRunTests : IDisposable
{
    private const string Helpers = """
        def started_map_runs(execution, count):
            while True:
                runs = sfn.list_map_runs(executionArn=execution)["mapRuns"]
                if len(runs) >= count:
                    return runs
                time.sleep(0.02)

        """;

    private readonly TempFolder _data = new();
    private ServeProcess _server;

    public MapRunTests() => _server = ServeProcess.Start("--data", _data.Dir);

    [Fact]
    public void MapRunsAreDescribedListedAndUpdatedAcrossARestart()
    {
        var start = """
            definition = json.dumps({"StartAt": "Slow", "States": {
                "Slow": {"Type": "Map", "Label": "slow", "ItemsPath": "$.items", "MaxConcurrency": 1, "ToleratedFailureCount": 2,
                         "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                                           "StartAt": "Sleep", "States": {"Sleep": {"Type": "Wait", "Seconds": 2, "End": True}}},
                         "ResultPath": None, "Next": "Quick"},
                "Quick": {"Type": "Map", "Label": "quick", "ItemsPath": "$.more",
                          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                                            "StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": True}}},
                          "End": True}}})
            machine = sfn.create_state_machine(name="runs", definition=definition, roleArn=role)["stateMachineArn"]
            execution = sfn.start_execution(stateMachineArn=machine, name="e1", input=json.dumps({"items": [1, 2, 3, 4], "more": [1, 2]}))["executionArn"]
            slow = started_map_runs(execution, 1)[0]["mapRunArn"]
            result = {"execution": execution, "slow": slow, "before": plain(sfn.describe_map_run(mapRunArn=slow))}
            sfn.update_map_run(mapRunArn=slow, maxConcurrency=4, toleratedFailurePercentage=12.5)
            result["after"] = plain(sfn.describe_map_run(mapRunArn=slow))
            print(json.dumps(result))
            """;
        var first = Run(start);

        var before = first["before"]!.AsObject();
        Assert.Equal("RUNNING", (string)before["status"]!);
        Assert.Equal((string)first["execution"]!, (string)before["executionArn"]!);
        Assert.Null(before["stopDate"]);
        Assert.Equal(1, (int)before["maxConcurrency"]!);
        Assert.Equal(2, (int)before["toleratedFailureCount"]!);
        Assert.Equal(0.0, (double)before["toleratedFailurePercentage"]!);
        Assert.Equal(0, (int)before["redriveCount"]!);
        AssertCounts(before["itemCounts"]!, pending: 3, running: 1, succeeded: 0, total: 4);
        AssertCounts(before["executionCounts"]!, pending: 3, running: 1, succeeded: 0, total: 4);
        Assert.Matches(@"^arn:aws:states:us-east-1:\d+:mapRun:runs/slow:[0-9a-f-]{36}$", (string)before["mapRunArn"]!);

        var after = first["after"]!.AsObject();
        Assert.Equal(4, (int)after["maxConcurrency"]!);
        Assert.Equal(12.5, (double)after["toleratedFailurePercentage"]!);
        Assert.Equal(2, (int)after["toleratedFailureCount"]!);
        AssertCounts(after["itemCounts"]!, pending: 0, running: 4, succeeded: 0, total: 4);

        // The update is part of the execution's log: a restarted server replays it and carries on.
        _server.Kill();
        _server.Dispose();
        _server = ServeProcess.Start("--data", _data.Dir);
        var finish = """
            execution, slow = sys.argv[2], sys.argv[3]
            result = {"execution": plain(finished(execution)), "slow": plain(sfn.describe_map_run(mapRunArn=slow))}
            page = sfn.list_map_runs(executionArn=execution, maxResults=1)
            result["page1"] = page["mapRuns"]
            result["page2"] = sfn.list_map_runs(executionArn=execution, maxResults=1, nextToken=page["nextToken"])
            result["page2"].pop("ResponseMetadata", None)
            result["page2"] = plain(result["page2"])
            result["page1"] = json.loads(json.dumps(result["page1"], default=str))
            print(json.dumps(result))
            """;
        var done = Run(finish, (string)first["execution"]!, (string)first["slow"]!);
        Assert.Equal("SUCCEEDED", (string)done["execution"]!["status"]!);
        Assert.Equal("[1,2]", done["execution"]!["output"]!.GetValue<string>().Replace(" ", string.Empty, StringComparison.Ordinal));
        var slow = done["slow"]!.AsObject();
        Assert.Equal("SUCCEEDED", (string)slow["status"]!);
        Assert.NotNull(slow["stopDate"]);
        Assert.Equal(4, (int)slow["maxConcurrency"]!);
        AssertCounts(slow["itemCounts"]!, pending: 0, running: 0, succeeded: 4, total: 4);

        // Newest first, one per page.
        var quick = done["page1"]!.AsArray().Single()!.AsObject();
        Assert.EndsWith(":stateMachine:runs/quick", (string)quick["stateMachineArn"]!, StringComparison.Ordinal);
        Assert.Contains(":mapRun:runs/quick:", (string)quick["mapRunArn"]!, StringComparison.Ordinal);
        Assert.NotNull(quick["stopDate"]);
        var second = done["page2"]!.AsObject();
        Assert.Equal((string)first["slow"]!, (string)second["mapRuns"]![0]!["mapRunArn"]!);
        Assert.Null(second["nextToken"]);
    }

    [Fact]
    public void AMapRunThatExceedsItsToleratedFailuresFails()
    {
        var script = """
            definition = json.dumps({"StartAt": "Map", "States": {
                "Map": {"Type": "Map", "ToleratedFailureCount": 1, "MaxConcurrency": 1,
                        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                                          "StartAt": "Check", "States": {
                                              "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 1, "Next": "Boom"}], "Default": "Fine"},
                                              "Fine": {"Type": "Pass", "End": True},
                                              "Boom": {"Type": "Fail", "Error": "Boom"}}},
                        "End": True}}})
            machine = sfn.create_state_machine(name="fails", definition=definition, roleArn=role)["stateMachineArn"]
            execution = sfn.start_execution(stateMachineArn=machine, input="[1, 2, 3, 4, 5]")["executionArn"]
            result = {"execution": plain(finished(execution))}
            run = sfn.list_map_runs(executionArn=execution)["mapRuns"][0]["mapRunArn"]
            result["run"] = plain(sfn.describe_map_run(mapRunArn=run))
            result["update_ended"] = error(lambda: sfn.update_map_run(mapRunArn=run, maxConcurrency=2))
            print(json.dumps(result))
            """;
        var result = Run(script);
        Assert.Equal("FAILED", (string)result["execution"]!["status"]!);
        Assert.Equal("States.ExceedToleratedFailureThreshold", (string)result["execution"]!["error"]!);
        var run = result["run"]!.AsObject();
        Assert.Equal("FAILED", (string)run["status"]!);
        Assert.Equal(1, (int)run["toleratedFailureCount"]!);
        AssertCounts(run["itemCounts"]!, pending: 2, running: 0, succeeded: 1, total: 5);
        Assert.Equal(2, (int)run["itemCounts"]!["failed"]!);
        Assert.StartsWith("ValidationException", (string)result["update_ended"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void MapRunRequestsAreValidated()
    {
        var script = """
            machine = "arn:aws:states:us-east-1:123456789012:stateMachine:none"
            unknown = "arn:aws:states:us-east-1:123456789012:mapRun:none/label:4b2c1f3e-0000-4000-8000-000000000000"
            result = {
                "describe_type": error(lambda: sfn.describe_map_run(mapRunArn=machine)),
                "describe_prefix": error(lambda: sfn.describe_map_run(mapRunArn="nope")),
                "describe_unknown": error(lambda: sfn.describe_map_run(mapRunArn=unknown)),
                "update_unknown": error(lambda: sfn.update_map_run(mapRunArn=unknown, maxConcurrency=1)),
                "update_concurrency": error(lambda: sfn.update_map_run(mapRunArn=unknown, maxConcurrency=-1)),
                "update_count": error(lambda: sfn.update_map_run(mapRunArn=unknown, toleratedFailureCount=-1)),
                "update_percentage": error(lambda: sfn.update_map_run(mapRunArn=unknown, toleratedFailurePercentage=100.5)),
                "list_unknown": error(lambda: sfn.list_map_runs(executionArn="arn:aws:states:us-east-1:123456789012:execution:none:e")),
                "list_type": error(lambda: sfn.list_map_runs(executionArn=machine)),
            }
            print(json.dumps(result))
            """;
        var result = Run(script);
        Assert.Equal("InvalidArn: Invalid Arn: 'Resource type not valid in this context: stateMachine'", (string)result["describe_type"]!);
        Assert.Equal("InvalidArn: Invalid Arn: 'Invalid ARN prefix: nope'", (string)result["describe_prefix"]!);
        Assert.StartsWith("ResourceNotFound: ", (string)result["describe_unknown"]!, StringComparison.Ordinal);
        Assert.StartsWith("ResourceNotFound: ", (string)result["update_unknown"]!, StringComparison.Ordinal);
        Assert.Equal(
            "ValidationException: 1 validation error detected: Value '-1' at 'maxConcurrency' failed to satisfy constraint: Member must have value greater than or equal to 0",
            (string)result["update_concurrency"]!);
        Assert.Equal(
            "ValidationException: 1 validation error detected: Value '-1' at 'toleratedFailureCount' failed to satisfy constraint: Member must have value greater than or equal to 0",
            (string)result["update_count"]!);
        Assert.Equal(
            "ValidationException: 1 validation error detected: Value '100.5' at 'toleratedFailurePercentage' failed to satisfy constraint: Member must have value less than or equal to 100",
            (string)result["update_percentage"]!);
        Assert.StartsWith("ExecutionDoesNotExist: ", (string)result["list_unknown"]!, StringComparison.Ordinal);
        Assert.Equal("InvalidArn: Invalid Arn: 'Resource type not valid in this context: stateMachine'", (string)result["list_type"]!);
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private static void AssertCounts(JsonNode counts, int pending, int running, int succeeded, int total)
    {
        Assert.Equal(pending, (int)counts["pending"]!);
        Assert.Equal(running, (int)counts["running"]!);
        Assert.Equal(succeeded, (int)counts["succeeded"]!);
        Assert.Equal(total, (int)counts["total"]!);
        Assert.Equal(succeeded, (int)counts["resultsWritten"]!);
        Assert.Equal(0, (int)counts["timedOut"]!);
    }

    private JsonObject Run(string script, params string[] arguments) => Boto3Script.Run(_server, Helpers + script, arguments);
}
