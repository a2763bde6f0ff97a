using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Nested;

/// <summary>
/// A Standard parent starting EXPRESS state machines (<c>states:startExecution</c>), driven with
/// boto3 against <c>cairn serve</c>: every pattern runs the child as an Express execution (an
/// <c>:express:</c> ARN, no DescribeExecution, no history), <c>.sync</c> and <c>.sync:2</c> report
/// its end, and a child lost to a server kill is run again when the parent resumes.
/// </summary>
public sealed class ExpressChildTests
{
    [Fact]
    public void EveryPatternRunsTheChildAsAnExpressExecution()
    {
        using var data = new TempFolder();
        using var server = ServeProcess.Start("--data", data.Dir, "--time-scale", "0");
        var result = Boto3Script.Run(server, """
            child = create("quick", {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "Parameters": {"got.$": "$"}, "End": True}}}, type="EXPRESS")
            failing = create("broken", {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Child.Broke", "Cause": "on purpose"}}}, type="EXPRESS")
            parent = create("mixer", {"StartAt": "Fire", "States": {
                "Fire": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                         "Parameters": {"StateMachineArn": child, "Name": "fired", "Input": {"n": 1}}, "ResultPath": "$.fired", "Next": "Sync"},
                "Sync": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync",
                         "Parameters": {"StateMachineArn": child, "Input": {"n": 2}}, "ResultPath": "$.sync", "Next": "Sync2"},
                "Sync2": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                          "Parameters": {"StateMachineArn": child, "Name": "second", "Input": {"n": 3}}, "ResultPath": "$.sync2", "Next": "Fails"},
                "Fails": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
                          "Parameters": {"StateMachineArn": failing}, "ResultPath": "$.failed",
                          "Catch": [{"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.caught", "Next": "Ask"}], "End": True},
                "Ask": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.waitForTaskToken",
                        "Parameters": {"StateMachineArn": child, "Input": {"token.$": "$$.Task.Token"}}, "ResultPath": "$.answer", "End": True}}})
            run = sfn.start_execution(stateMachineArn=parent, name="run", input="{}")["executionArn"]

            # The Express child of the callback task cannot answer; the token is in the task's parameters.
            deadline = time.time() + 60
            token = None
            while token is None and time.time() < deadline:
                for e in history(run):
                    if e["type"] == "TaskScheduled" and e["taskScheduledEventDetails"]["resource"] == "startExecution.waitForTaskToken":
                        token = json.loads(e["taskScheduledEventDetails"]["parameters"])["Input"]["token"]
                time.sleep(0.02)
            # Every child is submitted, the callback task's too, before its token is answered.
            submitted = [e for e in history(run) if e["type"] == "TaskSubmitted"]
            while len(submitted) < 4 and time.time() < deadline:
                time.sleep(0.02)
                submitted = [e for e in history(run) if e["type"] == "TaskSubmitted"]
            sfn.send_task_success(taskToken=token, output=json.dumps({"answer": 42}))
            d = finished(run)
            output = json.loads(d["output"])
            print(json.dumps({"status": d["status"], "output": output,
                              "submitted": [json.loads(e["taskSubmittedEventDetails"]["output"])["ExecutionArn"] for e in submitted],
                              "describeChild": code(lambda: sfn.describe_execution(executionArn=output["sync"]["ExecutionArn"])),
                              "historyChild": code(lambda: sfn.get_execution_history(executionArn=output["sync"]["ExecutionArn"])),
                              "types": [e["type"] for e in history(run)]}))
            """);

        Assert.True((string?)result["status"] == "SUCCEEDED", result.ToJsonString());
        var output = result["output"]!.AsObject();

        // Request-response: the StartExecution answer for an Express execution.
        var fired = output["fired"]!.AsObject();
        Assert.Matches(@"^arn:aws:states:us-east-1:123456789012:express:quick:fired:[0-9a-f-]{36}$", (string)fired["ExecutionArn"]!);
        Assert.Equal(200, (int)fired["SdkHttpMetadata"]!["HttpStatusCode"]!);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, fired["StartDate"]!.GetValueKind());

        // .sync: the ended execution with Input and Output as JSON text, without redrive members.
        var sync = output["sync"]!.AsObject();
        Assert.Contains(":express:quick:", (string)sync["ExecutionArn"]!);
        Assert.Equal("SUCCEEDED", (string)sync["Status"]!);
        Assert.Equal(2, (int)JsonNode.Parse((string)sync["Output"]!)!["got"]!["n"]!);
        Assert.Equal(2, (int)JsonNode.Parse((string)sync["Input"]!)!["n"]!);
        Assert.Equal(
            ["ExecutionArn", "Input", "InputDetails", "Name", "Output", "OutputDetails", "StartDate", "StateMachineArn", "Status", "StopDate"],
            sync.Select(p => p.Key));

        // .sync:2: Input and Output as JSON.
        var sync2 = output["sync2"]!.AsObject();
        Assert.Equal(3, (int)sync2["Output"]!["got"]!["n"]!);
        Assert.Equal("second", (string)sync2["Name"]!);
        Assert.Contains(":express:quick:second:", (string)sync2["ExecutionArn"]!);

        // A failed Express child: States.TaskFailed with its description as the cause.
        var caught = output["caught"]!.AsObject();
        Assert.Equal("States.TaskFailed", (string)caught["Error"]!);
        var cause = JsonNode.Parse((string)caught["Cause"]!)!.AsObject();
        Assert.Equal("FAILED", (string)cause["Status"]!);
        Assert.Equal("Child.Broke", (string)cause["Error"]!);
        Assert.Equal("on purpose", (string)cause["Cause"]!);
        Assert.False(cause.ContainsKey("RedriveStatus"));

        // .waitForTaskToken: the token's output, after the child was started (an Express ARN submitted).
        Assert.Equal(42, (int)output["answer"]!["answer"]!);
        var submitted = result["submitted"]!.AsArray().Select(a => (string)a!).ToList();
        Assert.Equal(4, submitted.Count);
        Assert.All(submitted, arn => Assert.Contains(":express:", arn));

        // Express executions are not described and have no history.
        Assert.Equal("InvalidArn", (string?)result["describeChild"]);
        Assert.Equal("InvalidArn", (string?)result["historyChild"]);
    }

    [Fact]
    public void AnExpressChildLostToAKillRunsAgainWhenTheParentResumes()
    {
        using var files = new TempFolder();
        var data = Path.Combine(files.Dir, "data");
        var first = ServeProcess.Start("--data", data);
        string parent;
        try
        {
            var started = Boto3Script.Run(first, """
                child = create("napper", {"StartAt": "Nap", "States": {
                    "Nap": {"Type": "Wait", "Seconds": 10, "Next": "Echo"},
                    "Echo": {"Type": "Pass", "Parameters": {"got.$": "$"}, "End": True}}}, type="EXPRESS")
                parent = create("keeper", {"StartAt": "Run", "States": {"Run": {"Type": "Task",
                    "Resource": "arn:aws:states:::states:startExecution.sync:2",
                    "Parameters": {"StateMachineArn": child, "Input": {"n": 7}}, "End": True}}})
                run = sfn.start_execution(stateMachineArn=parent, name="run", input="{}")["executionArn"]
                deadline = time.time() + 30
                while time.time() < deadline and not any(e["type"] == "TaskSubmitted" for e in history(run)):
                    time.sleep(0.02)
                print(json.dumps({"run": run}))
                """);
            parent = (string)started["run"]!;

            // The child naps long enough that, even on a loaded machine, the kill comes before it ends.
            first.Kill();
        }
        finally
        {
            first.Dispose();
        }

        using var second = ServeProcess.Start("--data", data);
        var result = Boto3Script.Run(second, $$"""
            run = "{{parent}}"
            d = finished(run)
            events = history(run)
            print(json.dumps({"status": d["status"], "output": json.loads(d.get("output", "null")),
                              "submitted": [json.loads(e["taskSubmittedEventDetails"]["output"])["ExecutionArn"] for e in events if e["type"] == "TaskSubmitted"],
                              "types": [e["type"] for e in events]}))
            """);

        Assert.True((string?)result["status"] == "SUCCEEDED", $"{result.ToJsonString()}\n{second.Output}");
        var output = result["output"]!.AsObject();
        Assert.Equal(7, (int)output["Output"]!["got"]!["n"]!);
        Assert.Contains(":express:napper:", (string)output["ExecutionArn"]!);

        // One submission (the first child's), one outcome (the child run again after the restart).
        var submitted = result["submitted"]!.AsArray().Select(a => (string)a!).ToList();
        Assert.Single(submitted);
        Assert.NotEqual(submitted[0], (string)output["ExecutionArn"]!);
        var types = result["types"]!.AsArray().Select(t => (string)t!).ToList();
        Assert.Equal(1, types.Count(t => t == "TaskSucceeded"));
    }
}
