using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Seeds;

/// <summary>
/// The Serverless Framework CreateOrderStateMachine with its real Node.js functions, named as
/// serverless.ts names them (<c>--function callExternalApi=DIR:src/lambda/step-functions.callExternalApi</c>):
/// Retry on States.ALL until the flaky API answers, and the Catch into logError when it never does.
/// </summary>
public sealed class CallExternalApiSeedTests
{
    [Fact]
    public void RetriesUntilTheApiAnswersAndFallsBackWhenItNeverDoes()
    {
        var code = RepoPaths.Example("call-external-api", "functions");
        using var server = ServeProcess.Start("--in-memory", "--time-scale", "0",
            "--function", $"callExternalApi={code}:src/lambda/step-functions.callExternalApi",
            "--function", $"logError={code}:src/lambda/step-functions.logError");
        var result = Boto3Script.Run(server, """
            definition = json.load(open(sys.argv[2]))
            arn = sfn.create_state_machine(name="CreateOrderStateMachine", definition=json.dumps(definition), roleArn=role)["stateMachineArn"]
            runs = {}
            for order, failures in [("ORD-1", 0), ("ORD-2", 2), ("ORD-3", 99)]:
                execution = sfn.start_execution(stateMachineArn=arn, input=json.dumps({"orderId": order, "failuresBeforeSuccess": failures}))["executionArn"]
                described = finished(execution, 120)
                events = history(execution)
                runs[order] = {"status": described["status"], "output": json.loads(described.get("output", "null")),
                               "attempts": sum(1 for e in events if e["type"] == "LambdaFunctionScheduled" and "callExternalApi" in e["lambdaFunctionScheduledEventDetails"]["resource"]),
                               "failures": [e["lambdaFunctionFailedEventDetails"]["error"] for e in events if e["type"] == "LambdaFunctionFailed"],
                               "states": [e["stateEnteredEventDetails"]["name"] for e in events if "stateEnteredEventDetails" in e]}
            print(json.dumps(runs))
            """, RepoPaths.Example("call-external-api", "definition.asl.json"));

        Assert.Equal("""{"orderId":"ORD-1","externalReference":"EXT-555","status":"CREATED"}""", result["ORD-1"]!["output"]!.ToJsonString());
        Assert.Equal(1, (int)result["ORD-1"]!["attempts"]!);

        Assert.Equal("SUCCEEDED", (string)result["ORD-2"]!["status"]!);
        Assert.Equal(3, (int)result["ORD-2"]!["attempts"]!);
        Assert.Equal(["ExternalApiUnavailable", "ExternalApiUnavailable"], result["ORD-2"]!["failures"]!.AsArray().Select(e => (string)e!));
        Assert.Equal("EXT-557", (string)result["ORD-2"]!["output"]!["externalReference"]!);

        var caught = result["ORD-3"]!;
        Assert.Equal("SUCCEEDED", (string)caught["status"]!);
        Assert.Equal(5, (int)caught["attempts"]!);
        Assert.Equal(["CallExternalApi", "CatchAllFallback"], caught["states"]!.AsArray().Select(s => (string)s!).Distinct());
        Assert.Equal("""{"logged":true,"logGroup":"/aws/lambda/logError","error":"ExternalApiUnavailable"}""", caught["output"]!.ToJsonString());
    }
}
