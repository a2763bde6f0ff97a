using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Testing;

/// <summary>
/// Mock configurations as Step Functions Local runs them: a mocked <c>.waitForTaskToken</c> task
/// gets a task token (its parameters can pass <c>$$.Task.Token</c> on) and ends with its mocked
/// response without waiting; a mocked <c>states:startExecution</c> starts nothing.
/// </summary>
public sealed class StepFunctionsLocalTests
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    private const string Mocks = """
        {
          "StateMachines": {
            "callbacks": {"TestCases": {"Happy": {"Notify": "Answered", "Child": "Started"}}}
          },
          "MockedResponses": {
            "Answered": {"0": {"Return": {"answer": 42}}},
            "Started": {"0": {"Return": {"ExecutionArn": "arn:aws:states:us-east-1:123456789012:execution:mocked:child", "StartDate": 1}}}
          }
        }
        """;

    [Fact]
    public async Task MockedCallbackTaskGetsATokenAndEndsWithTheMockedResponse()
    {
        using var files = new TempFolder();
        await using var server = await InProcessServer.StartAsync(new ServerOptions { DataDirectory = null, MockConfigPath = files.Write("mocks.json", Mocks) });
        var definition = new JsonObject
        {
            ["StartAt"] = "Notify",
            ["States"] = new JsonObject
            {
                ["Notify"] = new JsonObject
                {
                    ["Type"] = "Task",
                    ["Resource"] = "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    ["Parameters"] = new JsonObject { ["QueueUrl"] = "https://sqs.us-east-1.amazonaws.com/123456789012/q", ["MessageBody"] = new JsonObject { ["token.$"] = "$$.Task.Token" } },
                    ["ResultPath"] = "$.notified",
                    ["Next"] = "Child",
                },
                ["Child"] = new JsonObject
                {
                    ["Type"] = "Task",
                    ["Resource"] = "arn:aws:states:::states:startExecution.sync:2",
                    ["Parameters"] = new JsonObject { ["StateMachineArn"] = "arn:aws:states:us-east-1:123456789012:stateMachine:absent" },
                    ["ResultPath"] = "$.child",
                    ["End"] = true,
                },
            },
        };
        var machine = (string)(await server.Client.CallAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = "callbacks",
            ["definition"] = definition.ToJsonString(),
            ["roleArn"] = Role,
        }))["stateMachineArn"]!;
        var run = (string)(await server.Client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine + "#Happy", ["input"] = "{}" }))["executionArn"]!;

        var end = await server.Client.WaitForEndAsync(run, TimeSpan.FromSeconds(30));
        Assert.Equal("SUCCEEDED", (string)end["status"]!);
        var output = JsonNode.Parse((string)end["output"]!)!;
        Assert.Equal(42, (int)output["notified"]!["answer"]!);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:mocked:child", (string)output["child"]!["ExecutionArn"]!);

        var scheduled = (await server.Client.HistoryAsync(run)).First(e => (string?)e["type"] == "TaskScheduled");
        var parameters = JsonNode.Parse((string)scheduled["taskScheduledEventDetails"]!["parameters"]!)!;
        Assert.False(string.IsNullOrEmpty((string?)parameters["MessageBody"]!["token"]));
    }
}
