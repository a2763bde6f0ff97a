using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Callbacks;

/// <summary>
/// boto3 against <c>cairn serve</c>: a retried callback task gets a new token per attempt (the
/// first attempt's token answers TaskTimedOut), and a <c>states:startExecution.sync</c> task
/// hands its token to the child, which can complete it or keep it alive; without heartbeats it
/// times out after HeartbeatSeconds.
/// </summary>
public sealed class TaskTokenAttemptTests : IDisposable
{
    private const string Helpers = """
        def scheduled_tokens(arn):
            return [json.loads(e["taskScheduledEventDetails"]["parameters"])["Token"] for e in history(arn) if e["type"] == "TaskScheduled"]

        def start_job(parent_name, child_name, resource, heartbeat_seconds, execution):
            # The parent's Job task starts the child (which holds for 600 s) with the task token in its input.
            child = create(child_name, {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 600, "End": True}}})
            parent = create(parent_name, {"StartAt": "Job", "States": {
                "Job": {"Type": "Task", "Resource": resource, "HeartbeatSeconds": heartbeat_seconds,
                        "Parameters": {"StateMachineArn": child, "Input": {"Token.$": "$$.Task.Token"}}, "End": True}}})
            return child, sfn.start_execution(stateMachineArn=parent, name=execution)["executionArn"]

        """;

    private readonly TempFolder _data = new();
    private readonly ServeProcess _server;

    public TaskTokenAttemptTests() => _server = ServeProcess.Start("--data", _data.Dir, "--no-aws-calls");

    [Fact]
    public void EachAttemptOfARetriedCallbackHasItsOwnToken()
    {
        var result = Run("""
            machine = create("retried", {"StartAt": "Ask", "States": {
                "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                        "Parameters": {"QueueUrl": "q", "Token.$": "$$.Task.Token"},
                        "Retry": [{"ErrorEquals": ["Rejected"], "IntervalSeconds": 1, "MaxAttempts": 1}], "End": True}}})
            run = sfn.start_execution(stateMachineArn=machine, name="r")["executionArn"]
            first = until(lambda: (scheduled_tokens(run) or [None])[0])
            sfn.send_task_failure(taskToken=first, error="Rejected", cause="try again")
            second = until(lambda: (scheduled_tokens(run)[1:] or [None])[0])
            result = {
                "distinct": first != second,
                "old_success": code(lambda: sfn.send_task_success(taskToken=first, output="{}")),
                "old_failure": code(lambda: sfn.send_task_failure(taskToken=first, error="Late")),
                "old_heartbeat": code(lambda: sfn.send_task_heartbeat(taskToken=first)),
                "new_heartbeat": code(lambda: sfn.send_task_heartbeat(taskToken=second)),
            }
            sfn.send_task_success(taskToken=second, output=json.dumps({"attempt": 2}))
            result["output"] = json.loads(finished(run)["output"])
            result["history"] = [e["type"] for e in history(run)]
            print(json.dumps(result))
            """);

        Assert.True((bool)result["distinct"]!);
        Assert.Equal("TaskTimedOut", (string)result["old_success"]!);
        Assert.Equal("TaskTimedOut", (string)result["old_failure"]!);
        Assert.Equal("TaskTimedOut", (string)result["old_heartbeat"]!);
        Assert.Equal("no error", (string)result["new_heartbeat"]!);
        Assert.Equal(2, (int)result["output"]!["attempt"]!);
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskFailed",
             "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            result["history"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void SyncTasksCanBeCompletedAndKeptAliveWithTheirToken()
    {
        var result = Run("""
            child, run = start_job(parent_name="parent", child_name="child", resource="arn:aws:states:::states:startExecution.sync:2",
                                   heartbeat_seconds=10, execution="completed")
            submitted = until(lambda: next((e for e in history(run) if e["type"] == "TaskSubmitted"), None))
            child_run = json.loads(submitted["taskSubmittedEventDetails"]["output"])["ExecutionArn"]
            token = json.loads(sfn.describe_execution(executionArn=child_run)["input"])["Token"]
            scheduled = next(e for e in history(run) if e["type"] == "TaskScheduled")["taskScheduledEventDetails"]
            result = {"scheduled_token": json.loads(scheduled["parameters"])["Input"]["Token"] == token}
            # Heartbeats keep the task alive past its HeartbeatSeconds.
            for _ in range(5):
                time.sleep(2.5)
                sfn.send_task_heartbeat(taskToken=token)
            result["running"] = sfn.describe_execution(executionArn=run)["status"]
            sfn.send_task_success(taskToken=token, output=json.dumps({"from": "token"}))
            result["output"] = json.loads(finished(run)["output"])
            events = history(run)
            result["history"] = [e["type"] for e in events]
            result["succeeded"] = json.loads(next(e for e in events if e["type"] == "TaskSucceeded")["taskSucceededEventDetails"]["output"])
            result["late"] = code(lambda: sfn.send_task_success(taskToken=token, output="{}"))

            request_response = create("plain", {"StartAt": "Fire", "States": {
                "Fire": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                         "Parameters": {"StateMachineArn": child, "Input": {"Context.$": "$$"}}, "End": True}}})
            fired = sfn.start_execution(stateMachineArn=request_response, name="plain")["executionArn"]
            fired_child = json.loads(finished(fired)["output"])["ExecutionArn"]
            result["request_response_context"] = sorted(json.loads(sfn.describe_execution(executionArn=fired_child)["input"])["Context"].keys())
            sfn.stop_execution(executionArn=fired_child)
            print(json.dumps(result))
            """);

        Assert.True((bool)result["scheduled_token"]!);
        Assert.Equal("RUNNING", (string)result["running"]!);
        Assert.Equal("token", (string)result["output"]!["from"]!);
        Assert.Equal("token", (string)result["succeeded"]!["from"]!);
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            result["history"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("TaskTimedOut", (string)result["late"]!);
        Assert.Equal(["Execution", "State", "StateMachine"], result["request_response_context"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void ASyncTaskWithoutHeartbeatsTimesOut()
    {
        var result = Run("""
            _, run = start_job(parent_name="impatient", child_name="slow", resource="arn:aws:states:::states:startExecution.sync",
                               heartbeat_seconds=5, execution="silent")
            done = finished(run)
            events = history(run)
            timed_out = next(e for e in events if e["type"] == "TaskTimedOut")["taskTimedOutEventDetails"]
            scheduled = next(e for e in events if e["type"] == "TaskScheduled")["taskScheduledEventDetails"]
            print(json.dumps({"status": done["status"], "error": done.get("error"), "timed_out": timed_out,
                              "heartbeat": scheduled.get("heartbeatInSeconds"), "types": [e["type"] for e in events]}))
            """);

        Assert.Equal("FAILED", (string)result["status"]!);
        Assert.Equal("States.Timeout", (string)result["error"]!);
        Assert.Equal("States.Timeout", (string)result["timed_out"]!["error"]!);
        Assert.Equal("startExecution.sync", (string)result["timed_out"]!["resource"]!);
        Assert.Equal(5, (int)result["heartbeat"]!);
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskTimedOut", "ExecutionFailed"],
            result["types"]!.AsArray().Select(n => (string)n!));
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private JsonObject Run(string body) => Boto3Script.Run(_server, Helpers + body);
}
