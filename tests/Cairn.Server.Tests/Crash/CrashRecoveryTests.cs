using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Crash;

/// <summary>
/// Executions with waits, retries and many steps survive a SIGKILL of the server: after a restart
/// on the same data folder every execution finishes, and its history is the one an uninterrupted
/// run gives (timestamps aside): no event lost, none duplicated, no state entered twice.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Executions = 40;
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    [Fact]
    public async Task KilledServerResumesEveryExecutionWithTheUninterruptedHistory()
    {
        using var files = new TempFolder();
        var mocks = files.Write("mocks.json", MockConfig);
        var reference = await RunAsync(files, mocks, "reference", crashAfter: null);
        var crashed = await RunAsync(files, mocks, "crashed", crashAfter: TimeSpan.FromMilliseconds(1300));

        for (var i = 0; i < Executions; i++)
        {
            var expected = reference[i];
            var actual = crashed[i];
            Assert.Equal(expected.Count, actual.Count);
            for (var e = 0; e < expected.Count; e++)
            {
                Assert.Equal(expected[e], actual[e]);
            }

            var entered = actual.Select(e => JsonNode.Parse(e)).Where(e => ((string)e!["type"]!).EndsWith("StateEntered", StringComparison.Ordinal))
                .Select(e => (string)e!["stateEnteredEventDetails"]!["name"]!).ToList();
            Assert.Equal(entered.Count, entered.Distinct().Count());
            Assert.Equal(64, entered.Count);
        }
    }

    /// <summary>Runs the executions on a server, optionally killing it once and restarting it; returns each execution's history without timestamps.</summary>
    private static async Task<List<List<string>>> RunAsync(TempFolder files, string mocks, string name, TimeSpan? crashAfter)
    {
        var data = Path.Combine(files.Dir, name);
        var server = ServeProcess.Start("--data", data, "--mock-config", mocks, "--evict-idle-after", "0");
        try
        {
            string machineArn;
            var executionArns = new List<string>();
            using (var client = new ApiClient(server.Endpoint))
            {
                machineArn = (string)(await client.CallAsync("CreateStateMachine", new JsonObject
                {
                    ["name"] = "crashy",
                    ["definition"] = Definition(),
                    ["roleArn"] = Role,
                }))["stateMachineArn"]!;
                for (var i = 0; i < Executions; i++)
                {
                    var started = await client.CallAsync("StartExecution", new JsonObject
                    {
                        ["stateMachineArn"] = machineArn + "#Flaky",
                        ["name"] = $"x{i}",
                        ["input"] = $"{{\"n\":{i}}}",
                    });
                    executionArns.Add((string)started["executionArn"]!);
                }
            }

            if (crashAfter is { } delay)
            {
                await Task.Delay(delay);
                server.Kill();
                using (var probe = new ApiClient(server.Endpoint))
                {
                    await Assert.ThrowsAnyAsync<HttpRequestException>(() => probe.CallAsync("ListStateMachines", new JsonObject()));
                }

                server.Dispose();
                server = ServeProcess.Start("--data", data, "--mock-config", mocks, "--evict-idle-after", "0");
                Assert.Contains("running executions resumed", server.Output, StringComparison.Ordinal);
                Assert.DoesNotContain(" 0 running executions resumed", server.Output, StringComparison.Ordinal);
            }

            using var reader = new ApiClient(server.Endpoint);
            var histories = new List<List<string>>();
            foreach (var arn in executionArns)
            {
                var end = await reader.WaitForEndAsync(arn, TimeSpan.FromSeconds(60));
                Assert.True((string?)end["status"] == "SUCCEEDED", $"{arn}: {end.ToJsonString()}\n{server.Output}");
                var events = await reader.HistoryAsync(arn);
                Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => (long)e["id"]!));
                histories.Add(events.Select(e =>
                {
                    e.Remove("timestamp");
                    return e.ToJsonString();
                }).ToList());
            }

            return histories;
        }
        finally
        {
            server.Dispose();
        }
    }

    /// <summary>20 passes, a 1 s wait, 20 passes, a task that fails once and is retried after 1 s, another wait, 20 passes.</summary>
    private static string Definition()
    {
        var states = new JsonObject();
        void Chain(string prefix, string next)
        {
            for (var i = 0; i < 20; i++)
            {
                states[$"{prefix}{i}"] = new JsonObject
                {
                    ["Type"] = "Pass",
                    ["Parameters"] = new JsonObject { ["step"] = i, ["n.$"] = "$.n" },
                    ["Next"] = i < 19 ? $"{prefix}{i + 1}" : next,
                };
            }
        }

        Chain("A", "FirstWait");
        states["FirstWait"] = new JsonObject { ["Type"] = "Wait", ["Seconds"] = 1, ["Next"] = "B0" };
        Chain("B", "Work");
        states["Work"] = new JsonObject
        {
            ["Type"] = "Task",
            ["Resource"] = "arn:aws:lambda:us-east-1:123456789012:function:work",
            ["Retry"] = new JsonArray(new JsonObject { ["ErrorEquals"] = new JsonArray("Transient"), ["IntervalSeconds"] = 1, ["MaxAttempts"] = 3 }),
            ["ResultPath"] = "$.work",
            ["Next"] = "SecondWait",
        };
        states["SecondWait"] = new JsonObject { ["Type"] = "Wait", ["Seconds"] = 1, ["Next"] = "C0" };
        Chain("C", "Done");
        states["Done"] = new JsonObject { ["Type"] = "Succeed" };
        return new JsonObject { ["StartAt"] = "A0", ["States"] = states }.ToJsonString();
    }

    private const string MockConfig = """
        {
          "StateMachines": { "crashy": { "TestCases": { "Flaky": { "Work": "FailOnceThenSucceed" } } } },
          "MockedResponses": {
            "FailOnceThenSucceed": {
              "0": { "Throw": { "Error": "Transient", "Cause": "try again" } },
              "1": { "Return": { "ok": true } }
            }
          }
        }
        """;
}
