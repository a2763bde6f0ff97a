using System.Text.Json;

namespace Cairn.Cli.Tests.Support;

/// <summary>One event of a printed execution history.</summary>
internal sealed record HistoryEntry(long Id, long PreviousEventId, string Type, DateTimeOffset Timestamp, JsonElement Raw)
{
    public JsonElement Details(string member) => Raw.GetProperty(member);
}

/// <summary>Reads and checks the "events" array that --history adds to the --json output.</summary>
internal static class History
{
    public static IReadOnlyList<HistoryEntry> Of(JsonElement report) =>
        report.GetProperty("events").EnumerateArray().Select(e => new HistoryEntry(
            e.GetProperty("id").GetInt64(),
            e.GetProperty("previousEventId").GetInt64(),
            e.GetProperty("type").GetString()!,
            DateTimeOffset.Parse(e.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            e)).ToList();

    public static string[] Types(IReadOnlyList<HistoryEntry> events) => events.Select(e => e.Type).ToArray();

    /// <summary>Ids are 1..n in order and every event points back at an earlier one.</summary>
    public static void AssertWellFormed(IReadOnlyList<HistoryEntry> events)
    {
        Assert.NotEmpty(events);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Assert.True(e.Id == i + 1, $"event #{i + 1} ({e.Type}) has id {e.Id}");
            Assert.True(e.PreviousEventId >= 0 && e.PreviousEventId < e.Id, $"event {e.Id} ({e.Type}) has previousEventId {e.PreviousEventId}");
            if (i > 0)
            {
                Assert.True(e.Timestamp >= events[i - 1].Timestamp, $"event {e.Id} ({e.Type}) is earlier than event {e.Id - 1}");
            }
        }

        Assert.Equal("ExecutionStarted", events[0].Type);
        Assert.Equal(0, events[0].PreviousEventId);
    }

    /// <summary>
    /// The event types, section by section: an ordered section must match exactly, an unordered
    /// one (events of concurrent branches or iterations) only as a multiset.
    /// </summary>
    public static void AssertSections(IReadOnlyList<HistoryEntry> events, params Section[] sections)
    {
        var types = Types(events);
        var at = 0;
        foreach (var section in sections)
        {
            Assert.True(at + section.Types.Length <= types.Length, $"history ends at {types.Length} events; expected at least {at + section.Types.Length}:\n{string.Join(" ", types)}");
            var actual = types[at..(at + section.Types.Length)];
            if (section.Ordered)
            {
                Assert.Equal(section.Types, actual);
            }
            else
            {
                Assert.Equal(section.Types.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
            }

            at += section.Types.Length;
        }

        Assert.True(at == types.Length, $"history has {types.Length - at} more events than expected: {string.Join(" ", types[at..])}");
    }

    public static Section InOrder(params string[][] parts) => new(true, parts.SelectMany(p => p).ToArray());

    public static Section AnyOrder(params string[][] parts) => new(false, parts.SelectMany(p => p).ToArray());

    public static string[] Repeat(int count, params string[][] parts) =>
        Enumerable.Repeat(parts.SelectMany(p => p), count).SelectMany(p => p).ToArray();

    public static string[] E(params string[] types) => types;
}

internal sealed record Section(bool Ordered, string[] Types);

/// <summary>Event type runs that recur in the examples' histories.</summary>
internal static class Ev
{
    public static readonly string[] LambdaOk = ["LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded"];
    public static readonly string[] LambdaFails = ["LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed"];
    public static readonly string[] ServiceOk = ["TaskScheduled", "TaskStarted", "TaskSucceeded"];
    public static readonly string[] ServiceFails = ["TaskScheduled", "TaskStarted", "TaskFailed"];

    /// <summary>A Task state calling a Lambda function ARN that succeeds.</summary>
    public static readonly string[] LambdaTask = ["TaskStateEntered", .. LambdaOk, "TaskStateExited"];

    /// <summary>A Task state calling a service integration that succeeds.</summary>
    public static readonly string[] ServiceTask = ["TaskStateEntered", .. ServiceOk, "TaskStateExited"];

    public static readonly string[] Choice = ["ChoiceStateEntered", "ChoiceStateExited"];
}
