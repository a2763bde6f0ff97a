using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Testing;

/// <summary><c>aws stepfunctions test-state</c> against <c>cairn serve</c>: data flow, mocks, inspection data and AWS's request errors.</summary>
public sealed class TestStateCliTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";
    private readonly ServeProcess _server;
    private readonly AwsCli _aws;

    public TestStateCliTests()
    {
        _server = ServeProcess.Start("--in-memory");
        _aws = new AwsCli(_server.Endpoint);
    }

    [Fact]
    public void PassStateShowsItsDataFlowAtDebugLevel()
    {
        var state = """{"Type": "Pass", "InputPath": "$.order", "Parameters": {"id.$": "$.id", "total": 3}, "ResultPath": "$.summary", "Next": "Ship"}""";
        var result = _aws.Run("test-state", "--definition", state, "--role-arn", Role, "--input", """{"order": {"id": "o-1"}}""", "--inspection-level", "DEBUG");

        Assert.Equal("SUCCEEDED", (string)result["status"]!);
        Assert.Equal("Ship", (string)result["nextState"]!);
        Assert.Equal("o-1", (string)JsonNode.Parse((string)result["output"]!)!["summary"]!["id"]!);
        var inspection = result["inspectionData"]!.AsObject();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"id":"o-1"}"""), JsonNode.Parse((string)inspection["afterInputPath"]!)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"id":"o-1","total":3}"""), JsonNode.Parse((string)inspection["afterParameters"]!)));
    }

    [Fact]
    public void MockedTaskErrorIsCaughtAndRetriesAreReported()
    {
        var definition = """
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
                       "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 2}],
                       "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handle"}], "End": true},
              "Handle": {"Type": "Succeed"}}}
            """;
        var mock = """{"errorOutput": {"error": "Flaky", "cause": "try again"}}""";
        var retriable = _aws.Run("test-state", "--definition", definition, "--state-name", "Call", "--mock", mock, "--inspection-level", "DEBUG");
        Assert.Equal("RETRIABLE", (string)retriable["status"]!);
        Assert.Equal(0, (int)retriable["inspectionData"]!["errorDetails"]!["retryIndex"]!);

        var exhausted = _aws.Run("test-state", "--definition", definition, "--state-name", "Call", "--mock", mock,
            "--state-configuration", """{"retrierRetryCount": 2}""");
        Assert.Equal("CAUGHT_ERROR", (string)exhausted["status"]!);
        Assert.Equal("Handle", (string)exhausted["nextState"]!);
        Assert.Equal("Flaky", (string)exhausted["error"]!);
    }

    [Fact]
    public void RequestsAwsWouldRejectFailWithItsErrors()
    {
        Assert.Equal("InvalidDefinition", _aws.Fail("test-state", "--definition", """{"Type": "Nope"}""", "--role-arn", Role));
        Assert.Equal("InvalidExecutionInput", _aws.Fail("test-state", "--definition", """{"Type": "Pass", "End": true}""", "--input", "{not json"));
        Assert.Equal("ValidationException", _aws.Fail("test-state", "--definition", """{"Type": "Pass", "End": true}""", "--inspection-level", "LOUD"));
        Assert.Equal("ValidationException", _aws.Fail("test-state", "--definition", """{"Type": "Pass", "End": true}""", "--state-name", new string('s', 81)));
    }

    public void Dispose() => _server.Dispose();
}
