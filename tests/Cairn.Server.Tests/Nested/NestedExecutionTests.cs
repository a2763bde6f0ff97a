using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Nested;

/// <summary>
/// Step Functions starting executions of its own state machines (<c>states:startExecution</c>),
/// driven with boto3 against <c>cairn serve</c>: request-response, <c>.sync</c>, <c>.sync:2</c>,
/// <c>.waitForTaskToken</c>, a failing child caught by the parent, and a stopped parent stopping
/// the child it waits for.
/// </summary>
public sealed class NestedExecutionTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly ServeProcess _server;

    public NestedExecutionTests() => _server = ServeProcess.Start("--data", _data.Dir, "--time-scale", "0", "--no-aws-calls");

    [Fact]
    public void ParentsStartAwaitAndCatchTheirChildren()
    {
        var result = Run("""
            child = create("child", {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "Parameters": {"got.$": "$"}, "End": True}}})
            failing = create("failing", {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Child.Broke", "Cause": "on purpose"}}})
            parent = create("parent", {"StartAt": "Fire", "States": {
                "Fire": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                         "Parameters": {"StateMachineArn": child, "Name": "fired", "Input": {"n": 1}}, "ResultPath": "$.fired", "Next": "Sync"},
                "Sync": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync",
                         "Parameters": {"StateMachineArn": child, "Input": {"n": 2, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"}},
                         "ResultPath": "$.sync", "Next": "Sync2"},
                "Sync2": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                          "Parameters": {"StateMachineArn": child, "Name": "second", "Input": {"n": 3}}, "ResultPath": "$.sync2", "Next": "Fails"},
                "Fails": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync",
                          "Parameters": {"StateMachineArn": failing}, "ResultPath": "$.failed",
                          "Catch": [{"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.caught", "Next": "Missing"}], "End": True},
                "Missing": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                            "Parameters": {"StateMachineArn.$": "States.Format('{}-gone', $$.StateMachine.Id)"},
                            "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.missing", "Next": "Done"}], "End": True},
                "Done": {"Type": "Succeed"}}})
            run = sfn.start_execution(stateMachineArn=parent, name="run", input="{}")["executionArn"]
            d = finished(run)
            result = {"status": d["status"], "output": json.loads(d.get("output", "null")), "parent": run,
                      "types": [e["type"] for e in history(run)],
                      "children": sorted((e["name"], e["status"]) for e in sfn.list_executions(stateMachineArn=child)["executions"])}
            sync_child = result["output"]["sync"]["ExecutionArn"]
            result["syncChildInput"] = json.loads(sfn.describe_execution(executionArn=sync_child)["input"])
            fired = finished(result["output"]["fired"]["ExecutionArn"])
            result["firedInput"] = json.loads(fired["input"])
            print(json.dumps(result))
            """);

        Assert.Equal("SUCCEEDED", (string)result["status"]!);
        var output = result["output"]!.AsObject();

        var fired = output["fired"]!.AsObject();
        Assert.EndsWith(":execution:child:fired", (string)fired["ExecutionArn"]!);
        Assert.Equal(200, (int)fired["SdkHttpMetadata"]!["HttpStatusCode"]!);
        Assert.Equal("application/x-amz-json-1.0", (string)fired["SdkHttpMetadata"]!["HttpHeaders"]!["Content-Type"]!);
        Assert.Equal((string)fired["SdkResponseMetadata"]!["RequestId"]!, (string)fired["SdkHttpMetadata"]!["HttpHeaders"]!["x-amzn-RequestId"]!);
        Assert.True(fired["StartDate"]!.GetValueKind() == System.Text.Json.JsonValueKind.Number);
        Assert.Equal(1, (int)result["firedInput"]!["n"]!);

        // .sync: the description with Input and Output as JSON text; .sync:2: as JSON.
        var sync = output["sync"]!.AsObject();
        Assert.Equal("SUCCEEDED", (string)sync["Status"]!);
        Assert.Equal(2, (int)JsonNode.Parse((string)sync["Output"]!)!["got"]!["n"]!);
        Assert.Equal(2, (int)JsonNode.Parse((string)sync["Input"]!)!["n"]!);
        Assert.Equal((string)result["parent"]!, (string)result["syncChildInput"]!["AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID"]!);
        Assert.Equal(
            ["ExecutionArn", "Input", "InputDetails", "Name", "Output", "OutputDetails", "RedriveCount", "RedriveStatus", "RedriveStatusReason", "StartDate", "StateMachineArn", "Status", "StopDate"],
            sync.Select(p => p.Key));
        var sync2 = output["sync2"]!.AsObject();
        Assert.Equal(3, (int)sync2["Output"]!["got"]!["n"]!);
        Assert.Equal(3, (int)sync2["Input"]!["n"]!);
        Assert.EndsWith(":execution:child:second", (string)sync2["ExecutionArn"]!);

        // A failed child: States.TaskFailed with the child's description as the cause.
        var caught = output["caught"]!.AsObject();
        Assert.Equal("States.TaskFailed", (string)caught["Error"]!);
        var cause = JsonNode.Parse((string)caught["Cause"]!)!.AsObject();
        Assert.Equal("FAILED", (string)cause["Status"]!);
        Assert.Equal("Child.Broke", (string)cause["Error"]!);
        Assert.Equal("on purpose", (string)cause["Cause"]!);
        Assert.Equal("REDRIVABLE", (string)cause["RedriveStatus"]!);

        // A machine that does not exist: the service's error, as AWS names it.
        var missing = output["missing"]!.AsObject();
        Assert.Equal("StepFunctions.StateMachineDoesNotExistException", (string)missing["Error"]!);
        Assert.StartsWith("State Machine Does Not Exist: 'arn:aws:states:us-east-1:123456789012:stateMachine:parent-gone' (Service: AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: ", (string)missing["Cause"]!);

        var types = result["types"]!.AsArray().Select(t => (string)t!).ToList();
        Assert.Equal(3, types.Count(t => t == "TaskSubmitted"));
        var children = result["children"]!.AsArray().Select(c => ((string)c![0]!, (string)c[1]!)).ToList();
        Assert.Equal(3, children.Count);
        Assert.All(children, c => Assert.Equal("SUCCEEDED", c.Item2));
        Assert.Contains(("fired", "SUCCEEDED"), children);
        Assert.Contains(("second", "SUCCEEDED"), children);
        Assert.Contains(children, c => Guid.TryParse(c.Item1, out _));
    }

    [Fact]
    public void WaitForTaskTokenEndsWithTheTokenTheChildGot()
    {
        var result = Run("""
            child = create("holder", {"StartAt": "Hold", "States": {"Hold": {"Type": "Pass", "End": True}}})
            parent = create("asker", {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                "Resource": "arn:aws:states:::states:startExecution.waitForTaskToken",
                "Parameters": {"StateMachineArn": child, "Input": {"token.$": "$$.Task.Token"}}, "End": True}}})
            run = sfn.start_execution(stateMachineArn=parent, input="{}")["executionArn"]
            deadline = time.time() + 30
            children = []
            while not children and time.time() < deadline:
                children = sfn.list_executions(stateMachineArn=child)["executions"]
                time.sleep(0.02)
            got = finished(children[0]["executionArn"])
            token = json.loads(got["input"])["token"]
            waiting = sfn.describe_execution(executionArn=run)["status"]
            sfn.send_task_success(taskToken=token, output=json.dumps({"answer": 42}))
            d = finished(run)
            print(json.dumps({"waiting": waiting, "status": d["status"], "output": json.loads(d["output"]),
                              "types": [e["type"] for e in history(run)]}))
            """);

        Assert.Equal("RUNNING", (string)result["waiting"]!);
        Assert.Equal("SUCCEEDED", (string)result["status"]!);
        Assert.Equal(42, (int)result["output"]!["answer"]!);
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            result["types"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void StoppingAParentStopsTheChildItWaitsFor()
    {
        var result = Run("""
            # The child waits for a task token nobody sends (waits are not waited at time scale 0).
            noop = create("noop", {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}})
            child = create("slow", {"StartAt": "Hold", "States": {"Hold": {"Type": "Task",
                "Resource": "arn:aws:states:::states:startExecution.waitForTaskToken",
                "Parameters": {"StateMachineArn": noop, "Input": {"token.$": "$$.Task.Token"}}, "End": True}}})
            parent = create("waiter", {"StartAt": "Run", "States": {"Run": {"Type": "Task",
                "Resource": "arn:aws:states:::states:startExecution.sync:2", "Parameters": {"StateMachineArn": child, "Name": "napping"}, "End": True}}})
            run = sfn.start_execution(stateMachineArn=parent, input="{}")["executionArn"]
            napping = child.replace(":stateMachine:", ":execution:") + ":napping"
            deadline = time.time() + 30
            while time.time() < deadline and not any(e["type"] == "TaskSubmitted" for e in history(run)):
                time.sleep(0.02)
            before = sfn.describe_execution(executionArn=napping)["status"]
            sfn.stop_execution(executionArn=run, error="Halt", cause="test")
            child_end = finished(napping)
            print(json.dumps({"before": before, "parent": sfn.describe_execution(executionArn=run)["status"], "child": child_end["status"]}))
            """);

        Assert.Equal("RUNNING", (string)result["before"]!);
        Assert.Equal("ABORTED", (string)result["parent"]!);
        Assert.Equal("ABORTED", (string)result["child"]!);
    }

    [Fact]
    public void ATaskThatTimesOutStopsTheChildItWaitedFor()
    {
        var result = Run("""
            noop = create("idle", {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}})
            child = create("endless", {"StartAt": "Hold", "States": {"Hold": {"Type": "Task",
                "Resource": "arn:aws:states:::states:startExecution.waitForTaskToken",
                "Parameters": {"StateMachineArn": noop, "Input": {"token.$": "$$.Task.Token"}}, "End": True}}})
            # The parent gives up on the child after TimeoutSeconds, catches that, and waits on for a token nobody sends.
            parent = create("impatient", {"StartAt": "Run", "States": {
                "Run": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2", "TimeoutSeconds": 1,
                        "Parameters": {"StateMachineArn": child, "Name": "forever"},
                        "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.timedOut", "Next": "Hold"}], "End": True},
                "Hold": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                         "Parameters": {"QueueUrl": "q", "MessageBody.$": "$$.Task.Token"}, "End": True}}})
            run = sfn.start_execution(stateMachineArn=parent, input="{}")["executionArn"]
            forever = child.replace(":stateMachine:", ":execution:") + ":forever"
            deadline = time.time() + 30
            while time.time() < deadline and not any(e["type"] == "TaskSubmitted" and e["id"] > 6 for e in history(run)):
                time.sleep(0.02)
            while time.time() < deadline:
                try:
                    child_end = finished(forever)
                    break
                except sfn.exceptions.ExecutionDoesNotExist:
                    time.sleep(0.02)
            print(json.dumps({"parent": sfn.describe_execution(executionArn=run)["status"], "child": child_end["status"],
                              "types": [e["type"] for e in history(run)]}))
            """);

        Assert.Equal("RUNNING", (string)result["parent"]!);
        Assert.Equal("ABORTED", (string)result["child"]!);
        var types = result["types"]!.AsArray().Select(t => (string)t!).ToList();
        Assert.Contains("TaskTimedOut", types);
        Assert.Equal("TaskSubmitted", types[^1]);
    }

    [Fact]
    public void ChildrenAreStartedThroughVersionsAndAliasesAsStartExecutionResolvesThem()
    {
        var result = Run("""
            created = sfn.create_state_machine(name="versioned", roleArn=role, publish=True,
                definition=json.dumps({"StartAt": "V", "States": {"V": {"Type": "Pass", "Result": "v1", "End": True}}}))
            version = created["stateMachineVersionArn"]
            alias = sfn.create_state_machine_alias(name="live", routingConfiguration=[{"stateMachineVersionArn": version, "weight": 100}])["stateMachineAliasArn"]
            parent = create("resolver", {"StartAt": "ByAlias", "States": {
                "ByAlias": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                            "Parameters": {"StateMachineArn": alias}, "ResultPath": "$.alias", "Next": "Invalid"},
                "Invalid": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                            "Parameters": {"StateMachineArn": "not-an-arn"},
                            "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.invalid", "Next": "Done"}], "End": True},
                "Done": {"Type": "Succeed"}}})
            run = sfn.start_execution(stateMachineArn=parent, input="{}")["executionArn"]
            d = finished(run)
            print(json.dumps({"status": d["status"], "output": json.loads(d["output"]), "version": version, "aliasArn": alias}))
            """);

        Assert.Equal("SUCCEEDED", (string)result["status"]!);
        var byAlias = result["output"]!["alias"]!.AsObject();
        Assert.Equal("v1", (string)byAlias["Output"]!);
        Assert.Equal((string)result["aliasArn"]!, (string)byAlias["StateMachineAliasArn"]!);
        Assert.Equal((string)result["version"]!, (string)byAlias["StateMachineVersionArn"]!);
        Assert.Contains(":execution:versioned:", (string)byAlias["ExecutionArn"]!);
        var invalid = result["output"]!["invalid"]!.AsObject();
        Assert.Equal("StepFunctions.InvalidArnException", (string)invalid["Error"]!);
        Assert.StartsWith("Invalid Arn: 'Invalid ARN prefix: not-an-arn' (Service: AWSStepFunctions; Status Code: 400; Error Code: InvalidArn;", (string)invalid["Cause"]!);
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private JsonObject Run(string body) => Boto3Script.Run(_server, body);
}
