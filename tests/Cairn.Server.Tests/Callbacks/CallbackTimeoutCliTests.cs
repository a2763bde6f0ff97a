using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Callbacks;

/// <summary>
/// The AWS CLI against <c>cairn serve</c>: a callback task whose heartbeat is not sent times out
/// (TaskTimedOut with States.Timeout, as AWS records it) and is caught; SendTaskSuccess,
/// SendTaskFailure and SendTaskHeartbeat answer InvalidToken, InvalidOutput and TaskTimedOut.
/// </summary>
public sealed class CallbackTimeoutCliTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    private readonly TempFolder _data = new();
    private readonly ServeProcess _server;
    private readonly AwsCli _aws;

    public CallbackTimeoutCliTests()
    {
        _server = ServeProcess.Start("--data", _data.Dir, "--no-aws-calls");
        _aws = new AwsCli(_server.Endpoint);
    }

    [Fact]
    public void AMissedHeartbeatTimesTheCallbackOutAndIsCaught()
    {
        var definition = """
            {"StartAt": "Ask", "States": {
              "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      "Parameters": {"QueueUrl": "q", "MessageBody": {"Token.$": "$$.Task.Token"}},
                      "HeartbeatSeconds": 1, "TimeoutSeconds": 120,
                      "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.error", "Next": "Caught"}], "End": true},
              "Caught": {"Type": "Pass", "End": true}}}
            """;
        var machine = (string)_aws.Run("create-state-machine", "--name", "heartbeat", "--definition", definition, "--role-arn", Role)["stateMachineArn"]!;
        var execution = (string)_aws.Run("start-execution", "--state-machine-arn", machine, "--input", """{"n": 1}""")["executionArn"]!;
        var token = TokenOf(execution);

        var described = Finished(execution);
        Assert.Equal("SUCCEEDED", (string)described["status"]!);
        var output = JsonNode.Parse((string)described["output"]!)!;
        Assert.Equal(1, (int)output["n"]!);
        Assert.Equal("States.Timeout", (string)output["error"]!["Error"]!);

        var events = _aws.Run("get-execution-history", "--execution-arn", execution)["events"]!.AsArray();
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskTimedOut", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
            events.Select(e => (string)e!["type"]!));
        var timedOut = events.Single(e => (string)e!["type"]! == "TaskTimedOut")!["taskTimedOutEventDetails"]!.AsObject();
        Assert.Equal("States.Timeout", (string)timedOut["error"]!);
        Assert.Equal("sqs", (string)timedOut["resourceType"]!);
        Assert.Equal("sendMessage.waitForTaskToken", (string)timedOut["resource"]!);
        Assert.False(timedOut.ContainsKey("cause"));

        // The task has ended: its token now answers TaskTimedOut.
        Assert.Equal("TaskTimedOut", _aws.Fail("send-task-success", "--task-token", token, "--task-output", "{}"));
        Assert.Equal("TaskTimedOut", _aws.Fail("send-task-failure", "--task-token", token, "--error", "E"));
        Assert.Equal("TaskTimedOut", _aws.Fail("send-task-heartbeat", "--task-token", token));
    }

    [Fact]
    public void TaskTokenErrorsReachTheCli()
    {
        var definition = """
            {"StartAt": "Ask", "States": {
              "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      "Parameters": {"QueueUrl": "q", "MessageBody": {"Token.$": "$$.Task.Token"}}, "End": true}}}
            """;
        var machine = (string)_aws.Run("create-state-machine", "--name", "tokens", "--definition", definition, "--role-arn", Role)["stateMachineArn"]!;
        var execution = (string)_aws.Run("start-execution", "--state-machine-arn", machine)["executionArn"]!;
        var token = TokenOf(execution);

        Assert.Equal("InvalidOutput", _aws.Fail("send-task-success", "--task-token", token, "--task-output", "{not json"));
        Assert.Equal("InvalidToken", _aws.Fail("send-task-success", "--task-token", "garbage", "--task-output", "{}"));
        Assert.Equal("InvalidToken", _aws.Fail("send-task-failure", "--task-token", "garbage"));
        Assert.Equal("InvalidToken", _aws.Fail("send-task-heartbeat", "--task-token", "garbage"));
        Assert.Equal("InvalidToken", _aws.Fail("send-task-success", "--task-token", "AAAA" + token[4..], "--task-output", "{}"));

        // The rejected calls left the task waiting; a heartbeat and a valid answer complete it.
        _aws.Run("send-task-heartbeat", "--task-token", token);
        _aws.Run("send-task-success", "--task-token", token, "--task-output", """{"done": true}""");
        var described = Finished(execution);
        Assert.Equal("SUCCEEDED", (string)described["status"]!);
        Assert.True((bool)JsonNode.Parse((string)described["output"]!)!["done"]!);
        Assert.Equal("TaskTimedOut", _aws.Fail("send-task-success", "--task-token", token, "--task-output", "{}"));
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    /// <summary>The token the task was scheduled with, once the task is waiting for it.</summary>
    private string TokenOf(string execution)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var events = _aws.Run("get-execution-history", "--execution-arn", execution)["events"]!.AsArray();
            if (events.Any(e => (string)e!["type"]! == "TaskSubmitted"))
            {
                var scheduled = events.First(e => (string)e!["type"]! == "TaskScheduled")!["taskScheduledEventDetails"]!;
                return (string)JsonNode.Parse((string)scheduled["parameters"]!)!["MessageBody"]!["Token"]!;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"{execution} never waited for its token");
    }

    private JsonObject Finished(string execution)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var described = _aws.Run("describe-execution", "--execution-arn", execution);
            if ((string)described["status"]! != "RUNNING")
            {
                return described;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"{execution} did not finish");
    }
}
