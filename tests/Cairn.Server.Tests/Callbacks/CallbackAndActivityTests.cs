using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Callbacks;

/// <summary>
/// boto3 workers against <c>cairn serve</c>: callback tasks completed with SendTaskSuccess and
/// SendTaskFailure (caught by a Catch), an activity worker loop, the token errors, and a token
/// sent after the server was killed and started again.
/// </summary>
public sealed class CallbackAndActivityTests : IDisposable
{
    private const string Helpers = """
        def token_of(execution):
            while True:
                for e in sfn.get_execution_history(executionArn=execution)["events"]:
                    if e["type"] == "TaskSubmitted":
                        for s in sfn.get_execution_history(executionArn=execution)["events"]:
                            if s["type"] == "TaskScheduled":
                                return json.loads(s["taskScheduledEventDetails"]["parameters"])["Token"]
                time.sleep(0.02)

        """;

    private readonly TempFolder _data = new();
    private ServeProcess _server;

    public CallbackAndActivityTests() => _server = ServeProcess.Start("--data", _data.Dir, "--evict-idle-after", "0", "--no-aws-calls");

    [Fact]
    public void CallbacksAndActivitiesComplete()
    {
        var script = """
            callback = json.dumps({"StartAt": "Ask", "States": {
                "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                        "Parameters": {"QueueUrl": "q", "Token.$": "$$.Task.Token"},
                        "Catch": [{"ErrorEquals": ["Rejected"], "ResultPath": "$.error", "Next": "Caught"}], "End": True},
                "Caught": {"Type": "Pass", "End": True}}})
            machine = sfn.create_state_machine(name="callback", definition=callback, roleArn=role)["stateMachineArn"]
            result = {}

            ok = sfn.start_execution(stateMachineArn=machine, name="ok")["executionArn"]
            token = token_of(ok)
            sfn.send_task_heartbeat(taskToken=token)
            sfn.send_task_success(taskToken=token, output=json.dumps({"answer": 42}))
            result["ok"] = json.loads(finished(ok)["output"])
            result["ok_history"] = [e["type"] for e in sfn.get_execution_history(executionArn=ok)["events"]]
            result["late"] = code(lambda: sfn.send_task_success(taskToken=token, output="{}"))

            bad = sfn.start_execution(stateMachineArn=machine, name="bad")["executionArn"]
            bad_token = token_of(bad)
            result["invalid_output"] = code(lambda: sfn.send_task_success(taskToken=bad_token, output="{not json"))
            sfn.send_task_failure(taskToken=bad_token, error="Rejected", cause="no")
            result["bad"] = json.loads(finished(bad)["output"])
            result["invalid_token"] = code(lambda: sfn.send_task_success(taskToken="AAAA" + bad_token[4:], output="{}"))
            result["garbage_token"] = code(lambda: sfn.send_task_heartbeat(taskToken="garbage"))

            activity = sfn.create_activity(name="work")["activityArn"]
            worker = json.dumps({"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": activity, "HeartbeatSeconds": 30, "End": True}}})
            wm = sfn.create_state_machine(name="worker", definition=worker, roleArn=role)["stateMachineArn"]
            runs = [sfn.start_execution(stateMachineArn=wm, name=f"w{i}", input=json.dumps({"i": i}))["executionArn"] for i in range(3)]
            done = 0
            while done < 3:
                task = sfn.get_activity_task(activityArn=activity, workerName="py")
                if "taskToken" not in task:
                    continue
                sfn.send_task_heartbeat(taskToken=task["taskToken"])
                sfn.send_task_success(taskToken=task["taskToken"], output=json.dumps({"double": json.loads(task["input"])["i"] * 2}))
                done += 1
            result["activity_outputs"] = [json.loads(finished(r)["output"])["double"] for r in runs]
            activity_events = sfn.get_execution_history(executionArn=runs[0])["events"]
            result["activity_history"] = [e["type"] for e in activity_events]
            result["worker"] = [e for e in activity_events if e["type"] == "ActivityStarted"][0]["activityStartedEventDetails"]["workerName"]
            result["activities"] = [a["name"] for a in sfn.list_activities()["activities"]]
            sfn.tag_resource(resourceArn=activity, tags=[{"key": "team", "value": "a"}])
            result["tags"] = sfn.list_tags_for_resource(resourceArn=activity)["tags"]
            sfn.delete_activity(activityArn=activity)
            result["deleted"] = code(lambda: sfn.describe_activity(activityArn=activity))
            print(json.dumps(result))
            """;
        var result = Run(script);

        Assert.Equal(42, (int)result["ok"]!["answer"]!);
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            result["ok_history"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("TaskTimedOut", (string)result["late"]!);
        Assert.Equal("InvalidOutput", (string)result["invalid_output"]!);
        Assert.Equal("Rejected", (string)result["bad"]!["error"]!["Error"]!);
        Assert.Equal("InvalidToken", (string)result["invalid_token"]!);
        Assert.Equal("InvalidToken", (string)result["garbage_token"]!);
        Assert.Equal([0, 2, 4], result["activity_outputs"]!.AsArray().Select(n => (int)n!));
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded"],
            result["activity_history"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("py", (string)result["worker"]!);
        Assert.Equal(["work"], result["activities"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("team", (string)result["tags"]![0]!["key"]!);
        Assert.Equal("ActivityDoesNotExist", (string)result["deleted"]!);
    }

    [Fact]
    public void TokensSurviveARestart()
    {
        var start = """
            definition = json.dumps({"StartAt": "Ask", "States": {
                "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                        "Parameters": {"QueueUrl": "q", "Token.$": "$$.Task.Token"}, "End": True}}})
            machine = sfn.create_state_machine(name="restart", definition=definition, roleArn=role)["stateMachineArn"]
            runs = [sfn.start_execution(stateMachineArn=machine, name=f"r{i}")["executionArn"] for i in range(5)]
            print(json.dumps({"runs": runs, "tokens": [token_of(r) for r in runs]}))
            """;
        var parked = Run(start);
        _server.Kill();
        _server.Dispose();
        _server = ServeProcess.Start("--data", _data.Dir, "--evict-idle-after", "0", "--no-aws-calls");

        var finish = """
            parked = json.loads(sys.argv[2])
            for i, token in enumerate(parked["tokens"]):
                sfn.send_task_success(taskToken=token, output=json.dumps({"n": i}))
            print(json.dumps({"outputs": [json.loads(finished(r)["output"])["n"] for r in parked["runs"]]}))
            """;
        var result = Run(finish, parked.ToJsonString());
        Assert.Equal([0, 1, 2, 3, 4], result["outputs"]!.AsArray().Select(n => (int)n!));
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private JsonObject Run(string script, params string[] arguments) => Boto3Script.Run(_server, Helpers + script, arguments);
}
