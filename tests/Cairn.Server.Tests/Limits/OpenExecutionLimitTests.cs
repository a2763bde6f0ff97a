using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Limits;

/// <summary>
/// <c>cairn serve --max-open-executions 2</c>, driven with boto3: StartExecution, a task's
/// StartExecution and RedriveExecution are refused with ExecutionLimitExceeded while two
/// executions run, take again once one ends, and the count is right after a restart.
/// </summary>
public sealed class OpenExecutionLimitTests
{
    private const string Helpers = """
        holder = "arn:aws:states:us-east-1:123456789012:stateMachine:holder"

        def start(machine, name, input="{}"):
            try:
                return sfn.start_execution(stateMachineArn=machine, name=name, input=input)["executionArn"]
            except ClientError as e:
                return {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"]}

        def stop(arn):
            sfn.stop_execution(executionArn=arn)
            return finished(arn)["status"]

        """;

    private const string Refused = "ExecutionLimitExceeded";

    [Fact]
    public void StartsNestedStartsAndRedrivesStopAtTheLimitAndTheCountSurvivesARestart()
    {
        using var files = new TempFolder();
        var data = Path.Combine(files.Dir, "data");
        JsonObject before;
        using (var first = ServeProcess.Start("--data", data, "--max-open-executions", "2"))
        {
            before = Run(first, """
                create("holder", {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 3600, "End": True}}})
                failing = create("failing", {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "E", "Cause": "c"}}})
                parent = create("parent", {"StartAt": "Fire", "States": {
                    "Fire": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                             "Parameters": {"StateMachineArn": holder, "Name": "child"},
                             "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}], "End": True},
                    "Done": {"Type": "Succeed"}}})
                r = {}
                a = start(holder, "a")
                b = start(holder, "b")
                r["third"] = start(holder, "c")
                r["repeat"] = start(holder, "a") == a
                r["stopA"] = stop(a)
                c = start(holder, "c")
                r["afterStop"] = isinstance(c, str)
                r["parentRefused"] = start(parent, "p0")
                r["stopC"] = stop(c)
                p = start(parent, "p1")
                d = finished(p)
                r["parent"] = d["status"]
                r["nested"] = json.loads(d["output"])
                f = start(failing, "f")
                r["failed"] = finished(f)["status"]
                dd = start(holder, "d")
                try:
                    sfn.redrive_execution(executionArn=f)
                    r["redrive"] = "redriven"
                except ClientError as e:
                    r["redrive"] = e.response["Error"]["Code"]
                r["stopD"] = stop(dd)
                sfn.redrive_execution(executionArn=f)
                r["redriven"] = finished(f)["status"]
                r["redriveCount"] = sfn.describe_execution(executionArn=f)["redriveCount"]
                r["running"] = [e["name"] for e in sfn.list_executions(stateMachineArn=holder, statusFilter="RUNNING")["executions"]]
                print(json.dumps(r))
                """);
            first.Kill();
        }

        Assert.Equal(Refused, (string?)before["third"]!["code"]);
        Assert.Equal("The maximum number of running executions has been reached. Running executions must end or be stopped before a new execution can be started.", (string?)before["third"]!["message"]);
        Assert.True((bool)before["repeat"]!, "repeating a running execution's start answers with it, at the limit too");
        Assert.Equal("ABORTED", (string?)before["stopA"]);
        Assert.True((bool)before["afterStop"]!, "a stopped execution gives its place back");
        Assert.Equal(Refused, (string?)before["parentRefused"]!["code"]);
        Assert.Equal("ABORTED", (string?)before["stopC"]);

        // b and the parent run: the parent's own StartExecution is refused, as the service refuses it.
        Assert.Equal("SUCCEEDED", (string?)before["parent"]);
        Assert.Equal("StepFunctions.ExecutionLimitExceededException", (string?)before["nested"]!["Error"]);
        Assert.StartsWith("The maximum number of running executions has been reached. Running executions must end or be stopped before a new execution can be started. (Service: AWSStepFunctions; Status Code: 400; Error Code: ExecutionLimitExceeded;", (string?)before["nested"]!["Cause"]);

        // b and d run: the redrive is refused until d is stopped.
        Assert.Equal("FAILED", (string?)before["failed"]);
        Assert.Equal(Refused, (string?)before["redrive"]);
        Assert.Equal("ABORTED", (string?)before["stopD"]);
        Assert.Equal("FAILED", (string?)before["redriven"]);
        Assert.Equal(1, (int)before["redriveCount"]!);
        Assert.Equal(["b"], before["running"]!.AsArray().Select(n => (string)n!));

        // After the restart b still runs: one place is left.
        using var second = ServeProcess.Start("--data", data, "--max-open-executions", "2");
        var after = Run(second, """
            e = start(holder, "e")
            g = start(holder, "g")
            print(json.dumps({"e": isinstance(e, str), "g": g}))
            """);
        Assert.True((bool)after["e"]!, "one place is free after the restart");
        Assert.Equal(Refused, (string?)after["g"]!["code"]);
    }

    private static JsonObject Run(ServeProcess server, string body) => Boto3Script.Run(server, Helpers + body);
}
