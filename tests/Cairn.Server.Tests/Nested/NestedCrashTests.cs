using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Nested;

/// <summary>
/// A parent waiting for its children (<c>.sync</c>, named and unnamed) survives a SIGKILL of the
/// server: after the restart every child is found again, none is started twice, and the parent
/// ends with one TaskSubmitted and one TaskSucceeded per child.
/// </summary>
public sealed class NestedCrashTests
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    [Fact]
    public async Task KilledServerReattachesParentsToTheChildrenTheyStarted()
    {
        using var files = new TempFolder();
        var data = Path.Combine(files.Dir, "data");
        var server = ServeProcess.Start("--data", data);
        try
        {
            string childArn, parentArn, runArn;
            using (var client = new ApiClient(server.Endpoint))
            {
                childArn = await CreateAsync(client, "napper", new JsonObject
                {
                    ["StartAt"] = "Nap",
                    ["States"] = new JsonObject
                    {
                        ["Nap"] = new JsonObject { ["Type"] = "Wait", ["Seconds"] = 2, ["Next"] = "Echo" },
                        ["Echo"] = new JsonObject { ["Type"] = "Pass", ["End"] = true },
                    },
                });
                var sync = new JsonObject { ["Type"] = "Task", ["Resource"] = "arn:aws:states:::states:startExecution.sync:2", ["End"] = true };
                var named = sync.DeepClone().AsObject();
                named["Parameters"] = new JsonObject { ["StateMachineArn"] = childArn, ["Name.$"] = "States.Format('item-{}', $)", ["Input"] = new JsonObject { ["i.$"] = "$" } };
                var unnamed = sync.DeepClone().AsObject();
                unnamed["Parameters"] = new JsonObject { ["StateMachineArn"] = childArn, ["Input"] = new JsonObject { ["unnamed"] = true } };
                parentArn = await CreateAsync(client, "fanout", new JsonObject
                {
                    ["StartAt"] = "Both",
                    ["States"] = new JsonObject
                    {
                        ["Both"] = new JsonObject
                        {
                            ["Type"] = "Parallel",
                            ["End"] = true,
                            ["Branches"] = new JsonArray(
                                new JsonObject
                                {
                                    ["StartAt"] = "Each",
                                    ["States"] = new JsonObject
                                    {
                                        ["Each"] = new JsonObject
                                        {
                                            ["Type"] = "Map",
                                            ["ItemsPath"] = "$.items",
                                            ["End"] = true,
                                            ["ItemProcessor"] = new JsonObject { ["StartAt"] = "Run", ["States"] = new JsonObject { ["Run"] = named } },
                                        },
                                    },
                                },
                                new JsonObject { ["StartAt"] = "RunOne", ["States"] = new JsonObject { ["RunOne"] = unnamed } }),
                        },
                    },
                });
                runArn = (string)(await client.CallAsync("StartExecution", new JsonObject
                {
                    ["stateMachineArn"] = parentArn,
                    ["name"] = "run",
                    ["input"] = """{"items":[0,1,2,3,4]}""",
                }))["executionArn"]!;

                // Kill once every child is started and napping.
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while ((await client.HistoryAsync(runArn)).Count(e => (string?)e["type"] == "TaskSubmitted") < 6)
                {
                    Assert.True(DateTime.UtcNow < deadline, "the children were not all started");
                    await Task.Delay(20);
                }
            }

            server.Kill();
            server.Dispose();
            server = ServeProcess.Start("--data", data);

            using var reader = new ApiClient(server.Endpoint);
            var end = await reader.WaitForEndAsync(runArn, TimeSpan.FromSeconds(30));
            Assert.True((string?)end["status"] == "SUCCEEDED", $"{end.ToJsonString()}\n{server.Output}");
            var output = JsonNode.Parse((string)end["output"]!)!.AsArray();
            Assert.Equal([0, 1, 2, 3, 4], output[0]!.AsArray().Select(r => (int)r!["Output"]!["i"]!));
            Assert.True((bool)output[1]!["Output"]!["unnamed"]!);

            var children = (await reader.CallAsync("ListExecutions", new JsonObject { ["stateMachineArn"] = childArn }))["executions"]!.AsArray();
            Assert.Equal(6, children.Count);
            Assert.All(children, c => Assert.Equal("SUCCEEDED", (string)c!["status"]!));

            var types = (await reader.HistoryAsync(runArn)).Select(e => (string)e["type"]!).ToList();
            Assert.Equal(6, types.Count(t => t == "TaskSubmitted"));
            Assert.Equal(6, types.Count(t => t == "TaskSucceeded"));
        }
        finally
        {
            server.Dispose();
        }
    }

    private static async Task<string> CreateAsync(ApiClient client, string name, JsonObject definition) =>
        (string)(await client.CallAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = name,
            ["definition"] = definition.ToJsonString(),
            ["roleArn"] = Role,
        }))["stateMachineArn"]!;
}
