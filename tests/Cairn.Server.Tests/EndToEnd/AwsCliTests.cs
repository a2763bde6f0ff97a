using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.EndToEnd;

/// <summary>The AWS CLI against <c>cairn serve</c>, exactly as a user would run it.</summary>
public sealed class AwsCliTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";
    private readonly TempFolder _data = new();
    private readonly ServeProcess _server;
    private readonly AwsCli _aws;

    public AwsCliTests()
    {
        _server = ServeProcess.Start("--data", _data.Dir, "--mock-config", RepoPaths.Example("hello-world-reverse", "mock-config.json"));
        _aws = new AwsCli(_server.Endpoint);
    }

    [Fact]
    public void ExampleMachineRunsThroughItsWholeLifecycle()
    {
        var definition = "file://" + RepoPaths.Example("hello-world-reverse", "definition.asl.json");
        var created = _aws.Run("create-state-machine", "--name", "hello-world-reverse", "--definition", definition, "--role-arn", Role);
        var machineArn = (string)created["stateMachineArn"]!;
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:hello-world-reverse", machineArn);

        var described = _aws.Run("describe-state-machine", "--state-machine-arn", machineArn);
        Assert.Equal("ACTIVE", (string)described["status"]!);
        Assert.Equal("STANDARD", (string)described["type"]!);
        Assert.Equal(File.ReadAllText(RepoPaths.Example("hello-world-reverse", "definition.asl.json")), (string)described["definition"]!);

        var input = File.ReadAllText(RepoPaths.Example("hello-world-reverse", "input.json"));
        var started = _aws.Run("start-execution", "--state-machine-arn", machineArn + "#HappyPath", "--name", "happy", "--input", input);
        var executionArn = (string)started["executionArn"]!;
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:hello-world-reverse:happy", executionArn);

        var execution = WaitForEnd(executionArn);
        Assert.Equal("SUCCEEDED", (string)execution["status"]!);
        Assert.Contains("MOM IH", (string)execution["output"]!);

        var failing = (string)_aws.Run("start-execution", "--state-machine-arn", machineArn + "#HelloWorldFails", "--name", "sad")["executionArn"]!;
        Assert.Equal("FAILED", (string)WaitForEnd(failing)["status"]!);

        var succeeded = _aws.Run("list-executions", "--state-machine-arn", machineArn, "--status-filter", "SUCCEEDED")["executions"]!.AsArray();
        Assert.Equal(["happy"], succeeded.Select(e => (string)e!["name"]!));
        var failed = _aws.Run("list-executions", "--state-machine-arn", machineArn, "--status-filter", "FAILED")["executions"]!.AsArray();
        Assert.Equal(["sad"], failed.Select(e => (string)e!["name"]!));

        var events = _aws.Run("get-execution-history", "--execution-arn", executionArn)["events"]!.AsArray();
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited",
             "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            events.Select(e => (string)e!["type"]!));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => (long)e!["id"]!));

        var reversed = _aws.Run("get-execution-history", "--execution-arn", executionArn, "--reverse-order", "--max-items", "1")["events"]!.AsArray();
        Assert.Equal("ExecutionSucceeded", (string)reversed.Single()!["type"]!);

        var forExecution = _aws.Run("describe-state-machine-for-execution", "--execution-arn", executionArn);
        Assert.Equal(machineArn, (string)forExecution["stateMachineArn"]!);

        _aws.Run("delete-state-machine", "--state-machine-arn", machineArn);
        Assert.Equal("StateMachineDoesNotExist", _aws.Fail("describe-state-machine", "--state-machine-arn", machineArn));
    }

    [Fact]
    public void StopEndsARunningExecutionWithItsErrorAndCause()
    {
        var arn = (string)_aws.Run("create-state-machine", "--name", "waiter", "--role-arn", Role, "--definition",
            """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":600,"End":true}}}""")["stateMachineArn"]!;
        var execution = (string)_aws.Run("start-execution", "--state-machine-arn", arn, "--name", "long")["executionArn"]!;
        Assert.Equal(["long"], _aws.Run("list-executions", "--state-machine-arn", arn, "--status-filter", "RUNNING")["executions"]!.AsArray().Select(e => (string)e!["name"]!));

        var stopped = _aws.Run("stop-execution", "--execution-arn", execution, "--error", "Operator", "--cause", "no longer needed");
        Assert.NotNull(stopped["stopDate"]);
        var described = _aws.Run("describe-execution", "--execution-arn", execution);
        Assert.Equal("ABORTED", (string)described["status"]!);
        Assert.Equal("Operator", (string)described["error"]!);
        Assert.Equal("no longer needed", (string)described["cause"]!);
        var last = _aws.Run("get-execution-history", "--execution-arn", execution, "--reverse-order")["events"]!.AsArray()[0]!;
        Assert.Equal("ExecutionAborted", (string)last["type"]!);
    }

    [Fact]
    public void ErrorsCarryAwsErrorTypes()
    {
        Assert.Equal("StateMachineDoesNotExist", _aws.Fail("describe-state-machine", "--state-machine-arn", "arn:aws:states:us-east-1:123456789012:stateMachine:missing"));
        Assert.Equal("InvalidArn", _aws.Fail("describe-state-machine", "--state-machine-arn", "not-an-arn"));
        Assert.Equal("ExecutionDoesNotExist", _aws.Fail("describe-execution", "--execution-arn", "arn:aws:states:us-east-1:123456789012:execution:missing:nope"));
        Assert.Equal("InvalidDefinition", _aws.Fail("create-state-machine", "--name", "bad", "--role-arn", Role, "--definition", """{"StartAt":"Nowhere","States":{}}"""));
        Assert.Equal("InvalidName", _aws.Fail("create-state-machine", "--name", "bad name", "--role-arn", Role, "--definition", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}"""));

        var pass = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";
        var arn = (string)_aws.Run("create-state-machine", "--name", "dup", "--role-arn", Role, "--definition", pass)["stateMachineArn"]!;
        Assert.Equal(arn, (string)_aws.Run("create-state-machine", "--name", "dup", "--role-arn", Role, "--definition", pass)["stateMachineArn"]!);
        Assert.Equal("StateMachineAlreadyExists", _aws.Fail("create-state-machine", "--name", "dup", "--role-arn", Role, "--definition",
            """{"StartAt":"Q","States":{"Q":{"Type":"Pass","End":true}}}"""));

        _aws.Run("start-execution", "--state-machine-arn", arn, "--name", "once", "--input", "{\"a\":1}");
        Assert.Equal("ExecutionAlreadyExists", _aws.Fail("start-execution", "--state-machine-arn", arn, "--name", "once", "--input", "{\"a\":2}"));
        Assert.Equal("InvalidExecutionInput", _aws.Fail("start-execution", "--state-machine-arn", arn, "--input", "{not json"));
        Assert.Equal("StateMachineTypeNotSupported", _aws.Fail("start-sync-execution", "--state-machine-arn", arn));
        Assert.Equal("ValidationException", _aws.Fail("list-executions", "--state-machine-arn", arn, "--status-filter", "SLEEPING"));
    }

    [Fact]
    public void ExpressMachinesAnswerSynchronously()
    {
        var arn = (string)_aws.Run("create-state-machine", "--name", "quick", "--type", "EXPRESS", "--role-arn", Role, "--definition",
            """{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"doubled.$":"States.MathAdd($.n, $.n)"},"End":true}}}""")["stateMachineArn"]!;
        var result = _aws.Run("start-sync-execution", "--state-machine-arn", arn, "--input", "{\"n\":21}");
        Assert.Equal("SUCCEEDED", (string)result["status"]!);
        Assert.Equal("{\"doubled\":42}", (string)result["output"]!);
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:express:quick:", (string)result["executionArn"]!);
        Assert.NotNull(result["billingDetails"]?["billedDurationInMilliseconds"]);
    }

    [Fact]
    public void TagsCanBeAddedListedAndRemoved()
    {
        var arn = (string)_aws.Run("create-state-machine", "--name", "tagged", "--role-arn", Role, "--tags", "key=team,value=core",
            "--definition", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""")["stateMachineArn"]!;
        _aws.Run("tag-resource", "--resource-arn", arn, "--tags", "key=env,value=test", "key=team,value=platform");
        var tags = _aws.Run("list-tags-for-resource", "--resource-arn", arn)["tags"]!.AsArray();
        Assert.Equal(["team=platform", "env=test"], tags.Select(t => $"{t!["key"]}={t["value"]}"));
        _aws.Run("untag-resource", "--resource-arn", arn, "--tag-keys", "team");
        Assert.Equal(["env"], _aws.Run("list-tags-for-resource", "--resource-arn", arn)["tags"]!.AsArray().Select(t => (string)t!["key"]!));
        Assert.Equal("ResourceNotFound", _aws.Fail("list-tags-for-resource", "--resource-arn", "arn:aws:states:us-east-1:123456789012:stateMachine:untagged"));
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private System.Text.Json.Nodes.JsonObject WaitForEnd(string executionArn)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var described = _aws.Run("describe-execution", "--execution-arn", executionArn);
            if ((string)described["status"]! != "RUNNING")
            {
                return described;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{executionArn} did not end: {_server.Output}");
            Thread.Sleep(50);
        }
    }
}
