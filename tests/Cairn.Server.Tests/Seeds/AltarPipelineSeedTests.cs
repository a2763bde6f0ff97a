using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Seeds;

/// <summary>
/// The Altar pipeline with its four real handlers (<c>examples/altar-pipeline/functions</c>,
/// served with <c>cairn serve --functions</c>): the lambda:invoke envelope, both Choices on
/// <c>$.Payload.status</c> (success, fail, and the Defaults) and the 5-second Wait.
/// </summary>
public sealed class AltarPipelineSeedTests
{
    [Fact]
    public void EveryRouteThroughThePipelineRunsTheRealHandlers()
    {
        using var server = ServeProcess.Start("--in-memory", "--time-scale", "0", "--functions", RepoPaths.Example("altar-pipeline", "functions"));
        var result = Boto3Script.Run(server, """
            definition = json.load(open(sys.argv[2]))
            arn = sfn.create_state_machine(name="altar", definition=json.dumps(definition), roleArn=role)["stateMachineArn"]
            runs = {}
            for name, outcomes in [("happy", {}), ("install-fails", {"installOutcome": "fail"}), ("execution-fails", {"executeOutcome": "fail"}),
                                   ("unknown-status", {"installOutcome": "pending", "executeOutcome": "pending"})]:
                execution = sfn.start_execution(stateMachineArn=arn, name=name, input=json.dumps({"altarId": "altar-42", "environment": "staging", **outcomes}))["executionArn"]
                described = finished(execution, 120)
                events = history(execution)
                runs[name] = {"status": described["status"], "output": json.loads(described.get("output", "null")),
                              "states": [e["stateEnteredEventDetails"]["name"] for e in events if "stateEnteredEventDetails" in e],
                              "waited": [e["timestamp"].timestamp() for e in events if e["type"] in ("WaitStateEntered", "WaitStateExited")]}
            print(json.dumps(runs))
            """, RepoPaths.Example("altar-pipeline", "definition.asl.json"));

        var happy = result["happy"]!;
        Assert.Equal("SUCCEEDED", (string)happy["status"]!);
        Assert.Equal(
            ["ALTAR_INSTALLATION", "ALTAR_CONTINUE_TO_EXECUTION", "ALTAR_EXECUTION", "ALTAR_CONTINUE_TO_RECORD", "WAIT_LOGS", "ALTAR_RECORD", "ALTAR_CLEANUP"],
            happy["states"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(200, (int)happy["output"]!["StatusCode"]!);
        Assert.Equal("$LATEST", (string)happy["output"]!["ExecutedVersion"]!);
        Assert.Equal("""{"status":"success","state":{"altarId":"altar-42","stage":"cleaned","cleanedAfter":"recorded"}}""", happy["output"]!["Payload"]!.ToJsonString());
        var waited = happy["waited"]!.AsArray().Select(t => (double)t!).ToArray();
        Assert.InRange(waited[1] - waited[0], 4.9, 6.0);

        Assert.Equal(["ALTAR_INSTALLATION", "ALTAR_CONTINUE_TO_EXECUTION", "ALTAR_CLEANUP"], result["install-fails"]!["states"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("install-failed", (string)result["install-fails"]!["output"]!["Payload"]!["state"]!["cleanedAfter"]!);

        Assert.Equal(
            ["ALTAR_INSTALLATION", "ALTAR_CONTINUE_TO_EXECUTION", "ALTAR_EXECUTION", "ALTAR_CONTINUE_TO_RECORD", "ALTAR_CLEANUP"],
            result["execution-fails"]!["states"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("execution-failed", (string)result["execution-fails"]!["output"]!["Payload"]!["state"]!["cleanedAfter"]!);

        Assert.Equal(happy["states"]!.ToJsonString(), result["unknown-status"]!["states"]!.ToJsonString());
        Assert.Equal("SUCCEEDED", (string)result["unknown-status"]!["status"]!);
    }
}
