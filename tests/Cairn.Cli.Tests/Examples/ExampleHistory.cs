using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Examples;

internal static class ExampleHistory
{
    public static async Task<IReadOnlyList<HistoryEntry>> Of(string example, string testCase)
    {
        var events = History.Of((await CairnCli.RunExampleAsync(example, testCase)).Json());
        History.AssertWellFormed(events);
        return events;
    }

    /// <summary>The names of the states entered, in history order.</summary>
    public static string[] StatesEntered(IReadOnlyList<HistoryEntry> events) =>
        events.Where(e => e.Type.EndsWith("StateEntered", StringComparison.Ordinal))
            .Select(e => e.Details("stateEnteredEventDetails").GetProperty("name").GetString()!)
            .ToArray();
}
