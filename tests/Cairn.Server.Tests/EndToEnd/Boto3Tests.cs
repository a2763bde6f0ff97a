using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.EndToEnd;

/// <summary>boto3 against <c>cairn serve</c>: a Python program driving the API as applications do, paginators included.</summary>
public sealed class Boto3Tests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly ServeProcess _server;

    public Boto3Tests() => _server = ServeProcess.Start("--data", _data.Dir);

    [Fact]
    public void Boto3DrivesLifecycleErrorsAndPagination()
    {
        var script = """
            definition = json.dumps({"StartAt": "Wait", "States": {
                "Wait": {"Type": "Wait", "SecondsPath": "$.wait", "Next": "Done"},
                "Done": {"Type": "Pass", "Parameters": {"n.$": "$.n"}, "End": True}}})
            arn = sfn.create_state_machine(name="boto", definition=definition, roleArn=role)["stateMachineArn"]
            result = {"arn": arn}

            started = [sfn.start_execution(stateMachineArn=arn, name=f"e{i}", input=json.dumps({"n": i, "wait": 0}))["executionArn"] for i in range(7)]
            held = sfn.start_execution(stateMachineArn=arn, name="held", input=json.dumps({"n": 99, "wait": 600}))
            again = sfn.start_execution(stateMachineArn=arn, name="held", input=json.dumps({"n": 99, "wait": 600}))
            result["idempotent"] = again["executionArn"] == held["executionArn"] and again["startDate"] == held["startDate"]
            sfn.stop_execution(executionArn=held["executionArn"])
            result["held"] = sfn.describe_execution(executionArn=held["executionArn"])["status"]
            for execution in started:
                while sfn.describe_execution(executionArn=execution)["status"] == "RUNNING":
                    time.sleep(0.02)
            outputs = [json.loads(sfn.describe_execution(executionArn=e)["output"])["n"] for e in started]
            result["outputs"] = outputs

            pages = sfn.get_paginator("list_executions").paginate(stateMachineArn=arn, statusFilter="SUCCEEDED", PaginationConfig={"PageSize": 3})
            names = []
            page_count = 0
            for page in pages:
                page_count += 1
                names += [e["name"] for e in page["executions"]]
            result["listed"] = names
            result["pages"] = page_count

            execution_history = sfn.get_execution_history(executionArn=started[3], includeExecutionData=False)
            result["history"] = [e["type"] for e in execution_history["events"]]
            result["startedHasInput"] = "input" in execution_history["events"][0]["executionStartedEventDetails"]

            errors = {}
            for name, call in {
                "missing": lambda: sfn.describe_state_machine(stateMachineArn=arn + "-missing"),
                "duplicate": lambda: sfn.create_state_machine(name="boto", definition=json.dumps({"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}), roleArn=role),
                "bad_definition": lambda: sfn.create_state_machine(name="broken", definition="{\"StartAt\": 1}", roleArn=role),
                "bad_token": lambda: sfn.list_executions(stateMachineArn=arn, nextToken="garbage"),
                "bad_arn": lambda: sfn.describe_execution(executionArn="arn:aws:states:us-east-1:123456789012:stateMachine:boto"),
            }.items():
                try:
                    call()
                    errors[name] = "no error"
                except ClientError as e:
                    errors[name] = e.response["Error"]["Code"]
            result["errors"] = errors
            print(json.dumps(result))
            """;
        var result = Boto3Script.Run(_server, script);

        Assert.True((bool)result["idempotent"]!);
        Assert.Equal("ABORTED", (string)result["held"]!);
        Assert.Equal(Enumerable.Range(0, 7), result["outputs"]!.AsArray().Select(n => (int)n!));
        Assert.Equal(["e6", "e5", "e4", "e3", "e2", "e1", "e0"], result["listed"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(3, (int)result["pages"]!);
        Assert.Equal(
            ["ExecutionStarted", "WaitStateEntered", "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
            result["history"]!.AsArray().Select(n => (string)n!));
        Assert.False((bool)result["startedHasInput"]!);
        var errors = result["errors"]!.AsObject();
        Assert.Equal("StateMachineDoesNotExist", (string)errors["missing"]!);
        Assert.Equal("StateMachineAlreadyExists", (string)errors["duplicate"]!);
        Assert.Equal("InvalidDefinition", (string)errors["bad_definition"]!);
        Assert.Equal("InvalidToken", (string)errors["bad_token"]!);
        Assert.Equal("InvalidArn", (string)errors["bad_arn"]!);
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }
}
