using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.MapRuns;

/// <summary>
/// boto3 against <c>cairn serve</c>: ListExecutions with a <c>mapRunArn</c> lists a Map Run's child
/// workflow executions (one per item), newest first, by status and by redrive, a page at a time, as
/// stored (also after a restart of the server); its errors when both ARNs, neither or a bad one is given.
/// </summary>
public sealed class MapRunExecutionsTests : IDisposable
{
    private const string Helpers = """
        def children(map_run, **filters):
            found, token = [], None
            while True:
                page = sfn.list_executions(mapRunArn=map_run, maxResults=2, **({"nextToken": token} if token else {}), **filters)
                found += page["executions"]
                token = page.get("nextToken")
                if not token:
                    return plain(found)

        """;

    private readonly TempFolder _data = new();
    private ServeProcess _server;

    public MapRunExecutionsTests() => _server = ServeProcess.Start("--data", _data.Dir);

    [Theory]
    [InlineData(7, 3, 1)]
    [InlineData(5, 2, 0)]
    [InlineData(4, 1, 0)]
    public void AMapRunsChildExecutionsAreListedByStatusAndPage(int items, int failEvery, int maxConcurrency)
    {
        var script = """
            items, fail_every, concurrency = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
            machine = create("kids", {"StartAt": "Each", "States": {"Each": {
                "Type": "Map", "Label": "each", "MaxConcurrency": concurrency, "ToleratedFailurePercentage": 100, "End": True,
                "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Check", "States": {
                    "Check": {"Type": "Choice", "Choices": [{"Variable": "$.fails", "BooleanEquals": True, "Next": "Boom"}], "Default": "Fine"},
                    "Boom": {"Type": "Fail", "Error": "Boom"},
                    "Fine": {"Type": "Pass", "End": True}}}}}})
            rows = [{"i": i, "fails": fail_every > 0 and i % fail_every == 1} for i in range(items)]
            execution = sfn.start_execution(stateMachineArn=machine, input=json.dumps(rows))["executionArn"]
            result = {"execution": plain(finished(execution)), "machine": machine}
            run = sfn.list_map_runs(executionArn=execution)["mapRuns"][0]["mapRunArn"]
            result["run"] = run
            result["all"] = children(run)
            for status in ["RUNNING", "SUCCEEDED", "FAILED", "ABORTED", "PENDING_REDRIVE"]:
                result[status] = children(run, statusFilter=status)
            result["redriven"] = children(run, redriveFilter="REDRIVEN")
            result["not_redriven"] = children(run, redriveFilter="NOT_REDRIVEN")
            result["of_machine"] = plain(sfn.list_executions(stateMachineArn=machine)["executions"])
            print(json.dumps(result))
            """;
        var result = Run(script, items.ToString(System.Globalization.CultureInfo.InvariantCulture), failEvery.ToString(System.Globalization.CultureInfo.InvariantCulture), maxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var failing = Enumerable.Range(0, items).Count(i => failEvery > 0 && i % failEvery == 1);
        Assert.Equal("SUCCEEDED", (string)result["execution"]!["status"]!);
        var run = (string)result["run"]!;
        var all = result["all"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(items, all.Count);
        Assert.Equal(items, all.Select(c => (string)c["executionArn"]!).Distinct().Count());
        foreach (var child in all)
        {
            var arn = (string)child["executionArn"]!;
            Assert.Matches(@"^arn:aws:states:us-east-1:\d+:execution:kids/each:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", arn);
            Assert.Equal(arn[(arn.LastIndexOf(':') + 1)..], (string)child["name"]!);
            Assert.EndsWith(":stateMachine:kids/each", (string)child["stateMachineArn"]!, StringComparison.Ordinal);
            Assert.Equal(run, (string)child["mapRunArn"]!);
            Assert.Equal(1, (int)child["itemCount"]!);
            Assert.Equal(0, (int)child["redriveCount"]!);
            Assert.NotNull(child["stopDate"]);
            Assert.Null(child["stateMachineVersionArn"]);
        }

        // Newest first.
        var starts = all.Select(c => DateTimeOffset.Parse((string)c["startDate"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(starts.OrderByDescending(s => s), starts);

        Assert.Equal(items - failing, result["SUCCEEDED"]!.AsArray().Count);
        Assert.Equal(failing, result["FAILED"]!.AsArray().Count);
        Assert.All(result["FAILED"]!.AsArray(), c => Assert.Equal("FAILED", (string)c!["status"]!));
        Assert.Empty(result["RUNNING"]!.AsArray());
        Assert.Empty(result["ABORTED"]!.AsArray());
        Assert.Empty(result["PENDING_REDRIVE"]!.AsArray());
        Assert.Empty(result["redriven"]!.AsArray());
        Assert.Equal(items, result["not_redriven"]!.AsArray().Count);

        // The machine's own list holds its execution, not the Map Run's children.
        Assert.Single(result["of_machine"]!.AsArray());

        // The children are stored: a restarted server lists the same.
        _server.Kill();
        _server.Dispose();
        _server = ServeProcess.Start("--data", _data.Dir);
        var again = Run("print(json.dumps({\"all\": children(sys.argv[2])}))\n", run);
        Assert.Equal(result["all"]!.ToJsonString(), again["all"]!.ToJsonString());
    }

    [Fact]
    public void AStoppedExecutionsRunningChildrenAreAborted()
    {
        var script = """
            machine = create("stopped", {"StartAt": "Each", "States": {"Each": {
                "Type": "Map", "Label": "each", "MaxConcurrency": 2, "End": True,
                "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Sleep", "States": {
                    "Sleep": {"Type": "Wait", "Seconds": 600, "End": True}}}}}})
            execution = sfn.start_execution(stateMachineArn=machine, input="[1, 2, 3]")["executionArn"]
            run = until(lambda: (sfn.list_map_runs(executionArn=execution)["mapRuns"] or [None])[0])["mapRunArn"]
            result = {"running": until(lambda: (lambda c: c if len(c) == 2 else None)(children(run, statusFilter="RUNNING")))}
            sfn.stop_execution(executionArn=execution)
            finished(execution)
            result["after"] = until(lambda: (lambda c: c if all(x["status"] != "RUNNING" for x in c) else None)(children(run)))
            print(json.dumps(result))
            """;
        var result = Run(script);
        Assert.Equal(2, result["running"]!.AsArray().Count);
        Assert.All(result["running"]!.AsArray(), c => Assert.Null(c!["stopDate"]));
        var after = result["after"]!.AsArray();
        Assert.Equal(2, after.Count);
        Assert.All(after, c =>
        {
            Assert.Equal("ABORTED", (string)c!["status"]!);
            Assert.NotNull(c["stopDate"]);
        });
    }

    [Fact]
    public void ListingByMapRunIsValidated()
    {
        var script = """
            machine = create("plain", {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}})
            unknown = "arn:aws:states:us-east-1:123456789012:mapRun:none/label:4b2c1f3e-0000-4000-8000-000000000000"
            result = {
                "neither": error(lambda: sfn.list_executions()),
                "neither_bad_status": error(lambda: sfn.list_executions(statusFilter="DONE")),
                "both_bad_status": error(lambda: sfn.list_executions(stateMachineArn=machine, mapRunArn=unknown, statusFilter="DONE")),
                "neither_bad_filters": error(lambda: sfn.list_executions(statusFilter="DONE", redriveFilter="SOME")),
                "both": error(lambda: sfn.list_executions(stateMachineArn=machine, mapRunArn=unknown)),
                "prefix": error(lambda: sfn.list_executions(mapRunArn="nope")),
                "type": error(lambda: sfn.list_executions(mapRunArn=machine)),
                "unknown": error(lambda: sfn.list_executions(mapRunArn=unknown)),
                "too_long": error(lambda: sfn.list_executions(mapRunArn="a" * 2001)),
                "pending_redrive_of_machine": error(lambda: sfn.list_executions(stateMachineArn=machine, statusFilter="PENDING_REDRIVE")),
                "status": error(lambda: sfn.list_executions(mapRunArn=unknown, statusFilter="DONE")),
            }
            print(json.dumps(result))
            """;
        var result = Run(script);
        Assert.Equal("ValidationException: 1 validation error detected: Must provide a StateMachine ARN or MapRun ARN", (string)result["neither"]!);
        Assert.Equal("ValidationException: 1 validation error detected: Must provide either a StateMachine ARN or a MapRun ARN, not both", (string)result["both"]!);
        const string badStatus = "Value 'DONE' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]";
        Assert.Equal($"ValidationException: 2 validation errors detected: {badStatus}; Must provide a StateMachine ARN or MapRun ARN", (string)result["neither_bad_status"]!);
        Assert.Equal($"ValidationException: 2 validation errors detected: {badStatus}; Must provide either a StateMachine ARN or a MapRun ARN, not both", (string)result["both_bad_status"]!);
        Assert.Equal(
            $"ValidationException: 3 validation errors detected: {badStatus}; Value 'SOME' at 'redriveFilter' failed to satisfy constraint: Member must satisfy enum value set: [REDRIVEN, NOT_REDRIVEN]; Must provide a StateMachine ARN or MapRun ARN",
            (string)result["neither_bad_filters"]!);
        Assert.Contains("not both", (string)result["both"]!, StringComparison.Ordinal);
        Assert.Equal("InvalidArn: Invalid Arn: 'Invalid ARN prefix: nope'", (string)result["prefix"]!);
        Assert.Equal("InvalidArn: Invalid Arn: 'Resource type not valid in this context: stateMachine'", (string)result["type"]!);
        Assert.Equal("ResourceNotFound: Resource not found: 'arn:aws:states:us-east-1:123456789012:mapRun:none/label:4b2c1f3e-0000-4000-8000-000000000000'", (string)result["unknown"]!);
        Assert.StartsWith("ValidationException: 1 validation error detected: Value '", (string)result["too_long"]!, StringComparison.Ordinal);
        Assert.Contains("at 'mapRunArn' failed to satisfy constraint: Member must have length less than or equal to 2000", (string)result["too_long"]!, StringComparison.Ordinal);
        Assert.StartsWith("ValidationException: ", (string)result["pending_redrive_of_machine"]!, StringComparison.Ordinal);
        Assert.StartsWith("ValidationException: 1 validation error detected: Value 'DONE' at 'statusFilter'", (string)result["status"]!, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private JsonObject Run(string script, params string[] arguments) => Boto3Script.Run(_server, Helpers + script, arguments);
}
