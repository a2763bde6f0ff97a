using System.Diagnostics;
using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Limits;

/// <summary>
/// Endless loops against <c>cairn serve</c>: StartExecution answers although the loop starts at
/// the first state, the server stays responsive, StopExecution answers during the loop, the loop
/// fails at 25,000 events with AWS's error and cause in bounded memory, and after a SIGKILL and a
/// restart nothing that ended is revived, while a loop killed mid-way carries on to its failure.
/// </summary>
public sealed class EndlessLoopTests
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";
    private const string Loop = """
        {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
          "B":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],"Default":"A"},"Done":{"Type":"Succeed"}}}
        """;
    /// <summary>A tight loop whose states each compute a while: it runs long enough that a stop always lands mid-way.</summary>
    private const string SlowLoop = """
        {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $sum([1..20000]) %}","Next":"B"},
          "B":{"Type":"Choice","Choices":[{"Condition":"{% $states.input = 0 %}","Next":"Done"}],"Default":"A"},"Done":{"Type":"Succeed"}}}
        """;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task AnEndlessLoopFailsAtTheHistoryLimitAndIsNotRevivedByARestart()
    {
        using var files = new TempFolder();
        var data = Path.Combine(files.Dir, "data");
        var payload = new string('x', 2000);
        string failedArn, stoppedArn, killedArn;
        var server = ServeProcess.Start("--data", data);
        try
        {
            using (var client = new ApiClient(server.Endpoint))
            {
                var loop = await CreateAsync(client, "loop", Loop);
                var slow = await CreateAsync(client, "slow", SlowLoop);
                var hello = await CreateAsync(client, "hello", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");

                failedArn = await StartAsync(client, loop, "fails", $$"""{"pad":"{{payload}}"}""");
                stoppedArn = await StartAsync(client, slow, "stopped", "{}");
                await client.CallAsync("StopExecution", new JsonObject { ["executionArn"] = stoppedArn, ["error"] = "Halt", ["cause"] = "by test" });
                var stopped = await client.WaitForEndAsync(stoppedArn, Patience);
                Assert.Equal("ABORTED", (string?)stopped["status"]);

                // Other executions progress while the loop runs.
                var quick = await StartAsync(client, hello, "quick", "{}");
                Assert.Equal("SUCCEEDED", (string?)(await client.WaitForEndAsync(quick, Patience))["status"]);

                var failed = await client.WaitForEndAsync(failedArn, Patience);
                Assert.Equal("FAILED", (string?)failed["status"]);
                Assert.Equal("States.Runtime", (string?)failed["error"]);
                Assert.Equal("The execution reached the maximum number of history events (25000).", (string?)failed["cause"]);
                var history = await client.HistoryAsync(failedArn);
                Assert.Equal(25_000, history.Count);
                Assert.Equal("ExecutionFailed", (string?)history[^1]["type"]);
                Assert.Equal(Enumerable.Range(1, 25_000), history.Select(e => (int)e["id"]!));

                // One loop's history and batches, not the whole loop, are in memory at once.
                Assert.True(server.PeakResidentBytes() < 1024L * 1024 * 1024, $"peak resident set {server.PeakResidentBytes() / (1024 * 1024)} MiB");

                killedArn = await StartAsync(client, loop, "killed", "{}");
                var watch = Stopwatch.StartNew();
                while ((await client.HistoryAsync(killedArn)).Count < 2 && watch.Elapsed < Patience)
                {
                    await Task.Delay(20);
                }
            }

            server.Kill();
            server.Dispose();
            server = ServeProcess.Start("--data", data);
            using var after = new ApiClient(server.Endpoint);
            var failedAgain = await after.CallAsync("DescribeExecution", new JsonObject { ["executionArn"] = failedArn });
            Assert.Equal("FAILED", (string?)failedAgain["status"]);
            Assert.Equal(25_000, (await after.HistoryAsync(failedArn)).Count);
            var stoppedAgain = await after.CallAsync("DescribeExecution", new JsonObject { ["executionArn"] = stoppedArn });
            Assert.Equal("ABORTED", (string?)stoppedAgain["status"]);

            // The loop killed mid-way carries on from its log to the same end, each event once.
            var killed = await after.WaitForEndAsync(killedArn, Patience);
            Assert.True((string?)killed["status"] == "FAILED", $"{killed.ToJsonString()}\n{server.Output}");
            var killedHistory = await after.HistoryAsync(killedArn);
            Assert.Equal(Enumerable.Range(1, 25_000), killedHistory.Select(e => (int)e["id"]!));
        }
        finally
        {
            server.Dispose();
        }
    }

    [Fact]
    public async Task StopExecutionAnswersWhileALoopRuns()
    {
        using var files = new TempFolder();
        using var server = ServeProcess.Start("--data", Path.Combine(files.Dir, "data"));
        using var client = new ApiClient(server.Endpoint);
        var loop = await CreateAsync(client, "slow", SlowLoop);
        var arn = await StartAsync(client, loop, "running", "{}");
        var watch = Stopwatch.StartNew();
        while ((await client.HistoryAsync(arn)).Count < 2_000 && watch.Elapsed < Patience)
        {
            await Task.Delay(10);
        }

        await client.CallAsync("StopExecution", new JsonObject { ["executionArn"] = arn });
        var stopped = await client.WaitForEndAsync(arn, Patience);
        Assert.Equal("ABORTED", (string?)stopped["status"]);
        var history = await client.HistoryAsync(arn);
        Assert.Equal("ExecutionAborted", (string?)history[^1]["type"]);
        Assert.True(history.Count < 25_000);
    }

    private static async Task<string> CreateAsync(ApiClient client, string name, string definition) =>
        (string)(await client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = name, ["definition"] = definition, ["roleArn"] = Role }))["stateMachineArn"]!;

    private static async Task<string> StartAsync(ApiClient client, string machine, string name, string input) =>
        (string)(await client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine, ["name"] = name, ["input"] = input }))["executionArn"]!;
}
