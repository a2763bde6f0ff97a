using Cairn.Conformance.Tests.Normalisation;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Unit;

public sealed class ParallelEventsNormaliserTests
{
    private static List<object?> Events(params string[] types) =>
        types.Select((t, i) => (object?)new OrderedDictionary<string, object?>
        {
            ["id"] = (long)(i + 1),
            ["name"] = t.Contains(':') ? t.Split(':')[1] : null,
            ["previousEventId"] = (long)i,
            ["type"] = t.Split(':')[0],
        }).ToList();

    private static string Describe(List<object?> events) =>
        string.Join(" ", events.Cast<OrderedDictionary<string, object?>>().Select(e => $"{e["type"]}{(e["name"] is string n ? ":" + n : string.Empty)}/{PyJson.Dumps(e["id"])}"));

    [Fact]
    public void SortsWindowAndDropsSucceededBeforeExited()
    {
        var events = Events("ParallelStateEntered", "ParallelStateStarted", "PassStateEntered:B", "PassStateEntered:A",
            "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded");

        ParallelEventsNormaliser.Normalise(events);

        // The second slice assignment (at Exited) replaces window + Succeeded by the window: Succeeded is gone.
        Assert.Equal(
            "ParallelStateEntered/1 ParallelStateStarted/2 PassStateEntered:A/[0] PassStateEntered:B/[0] ParallelStateExited/6 ExecutionSucceeded/7",
            Describe(events));
    }

    [Fact]
    public void NestedWindowDropsOuterEventsAfterTheInnerWindow()
    {
        var events = Events("ParallelStateStarted", "PassStateEntered:X", "ParallelStateStarted", "PassStateEntered:I",
            "ParallelStateSucceeded", "PassStateEntered:Y", "ParallelStateSucceeded", "ExecutionSucceeded");

        ParallelEventsNormaliser.Normalise(events);

        // Inner end (index 4) sorts [I] into 3..4; the outer end replaces 3..(live index) by the inner window again.
        Assert.Equal(
            "ParallelStateStarted/1 PassStateEntered:X/[0] ParallelStateStarted/3 PassStateEntered:I/[0] ParallelStateSucceeded/7 ExecutionSucceeded/8",
            Describe(events));
    }

    [Fact]
    public void EventsOutsideWindowsAreUntouched()
    {
        var events = Events("ExecutionStarted", "PassStateEntered:A", "ExecutionSucceeded");
        ParallelEventsNormaliser.Normalise(events);
        Assert.Equal("ExecutionStarted/1 PassStateEntered:A/2 ExecutionSucceeded/3", Describe(events));
    }
}
