using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Console.Tests.Support;

/// <summary>Finds the token a callback task was given, where a worker would: in its TaskScheduled parameters.</summary>
internal static class TaskTokens
{
    public static Task<string> LatestAsync(ApiClient api, string executionArn) => FindAsync(() => api.HistoryAsync(executionArn), executionArn);

    /// <summary>The same through the AWS CLI, for a server that checks signatures.</summary>
    public static Task<string> LatestSignedAsync(AwsCli cli, string executionArn) =>
        FindAsync(() => Task.FromResult(cli.Run("get-execution-history", "--execution-arn", executionArn)["events"]!.AsArray().Select(e => e!.AsObject()).ToList()), executionArn);

    private static async Task<string> FindAsync(Func<Task<List<JsonObject>>> history, string executionArn)
    {
        var deadline = DateTime.UtcNow + ConsoleSession.Patience;
        while (true)
        {
            var events = await history();
            var scheduled = events.LastOrDefault(e => (string?)e["type"] == "TaskScheduled"
                && ((string?)e["taskScheduledEventDetails"]?["resource"])?.EndsWith(".waitForTaskToken", StringComparison.Ordinal) == true);
            var submitted = scheduled is not null && events.Any(e => (string?)e["type"] == "TaskSubmitted" && (long)e["id"]! > (long)scheduled["id"]!);
            if (submitted)
            {
                var parameters = JsonNode.Parse((string)scheduled!["taskScheduledEventDetails"]!["parameters"]!)!;
                return (string)parameters["MessageBody"]!["token"]!;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no callback task of {executionArn} was submitted");
            await Task.Delay(50);
        }
    }
}
