using System.Diagnostics;
using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.EndToEnd;

/// <summary>
/// <c>cairn serve</c> stopped with SIGTERM while activity workers long-poll: every open
/// GetActivityTask is answered at once with the empty task (200, no token), and the process exits
/// promptly instead of waiting for the polls to run out and resetting their connections.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task SigtermAnswersOpenActivityPollsWithTheEmptyTaskAndExitsPromptly()
    {
        using var serve = ServeProcess.Start("--in-memory");
        using var client = new ApiClient(serve.Endpoint);
        var activity = (string)(await client.CallAsync("CreateActivity", new JsonObject { ["name"] = "workers" }))["activityArn"]!;

        var polls = Enumerable.Range(0, 3)
            .Select(i => client.SendRawAsync("AWSStepFunctions.GetActivityTask", new JsonObject { ["activityArn"] = activity, ["workerName"] = $"w{i}" }.ToJsonString()))
            .ToList();

        // A request sent after the polls is answered only once the server has taken them in.
        await client.CallAsync("ListActivities", new JsonObject());
        await Task.Delay(500);
        Assert.All(polls, poll => Assert.False(poll.IsCompleted, "a poll ended before the shutdown"));

        var watch = Stopwatch.StartNew();
        serve.Terminate();
        var answers = await Task.WhenAll(polls);
        var answeredAfter = watch.Elapsed;
        var exitCode = serve.WaitForExit(TimeSpan.FromSeconds(25));
        var exitedAfter = watch.Elapsed;

        Assert.All(answers, answer =>
        {
            Assert.Equal(200, answer.Status);
            Assert.Null(answer.Body["taskToken"]);
            Assert.Null(answer.Body["input"]);
        });
        Assert.True(answeredAfter < TimeSpan.FromSeconds(10), $"the polls were answered {answeredAfter} after SIGTERM");
        Assert.True(exitCode == 0, $"cairn serve did not exit cleanly after SIGTERM (exit code {exitCode?.ToString() ?? "none: still running"}):\n{serve.Output}");
        Assert.True(exitedAfter < TimeSpan.FromSeconds(20), $"cairn serve took {exitedAfter} to exit");
    }
}
