using Cairn.Conformance.Tests.Normalisation;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Unit;

public sealed class AwsRevisionsTests
{
    private static OrderedDictionary<string, object?> Event(long id, long previous, string type) => new()
    {
        ["id"] = id,
        ["previousEventId"] = previous,
        ["type"] = type,
    };

    /// <summary>A distributed Map as Cairn records it: the exit links to MapRunStarted (5).</summary>
    private static OrderedDictionary<string, object?> History() => new()
    {
        ["get_execution_history"] = new OrderedDictionary<string, object?>
        {
            ["events"] = new List<object?>
            {
                Event(1, 0, "ExecutionStarted"), Event(2, 0, "MapStateEntered"), Event(3, 2, "MapStateStarted"), Event(4, 3, "MapRunStarted"),
                Event(5, 4, "MapRunSucceeded"), Event(6, 5, "MapStateSucceeded"), Event(7, 4, "MapStateExited"), Event(8, 7, "ExecutionSucceeded"),
            },
        },
    };

    private static OrderedDictionary<string, object?> Context() => new()
    {
        ["output"] = new OrderedDictionary<string, object?>
        {
            ["Execution"] = new OrderedDictionary<string, object?> { ["Id"] = "arn", ["RedriveCount"] = 0L },
            ["Described"] = new OrderedDictionary<string, object?> { ["redriveCount"] = 0L, ["redriveStatus"] = "NOT_REDRIVABLE", ["status"] = "SUCCEEDED" },
        },
    };

    [Theory]
    [InlineData("2023-09-21", 5L)]
    [InlineData("2024-08-19", 5L)]
    [InlineData("2024-11-12", 5L)]
    [InlineData("2024-11-13", 4L)]
    [InlineData("2025-10-28", 4L)]
    public void A_Map_exit_links_to_the_Map_Run_end_in_recordings_before_the_change(string recorded, long linked)
    {
        var history = History();
        AwsRevisions.Apply(DateOnly.Parse(recorded, System.Globalization.CultureInfo.InvariantCulture), history);
        var events = (List<object?>)((OrderedDictionary<string, object?>)history["get_execution_history"]!)["events"]!;
        Assert.Equal(linked, ((OrderedDictionary<string, object?>)events[6]!)["previousEventId"]);
        Assert.Equal(5L, ((OrderedDictionary<string, object?>)events[5]!)["previousEventId"]);
    }

    [Theory]
    [InlineData("2023-07-05", false)]
    [InlineData("2023-11-14", false)]
    [InlineData("2023-11-15", true)]
    [InlineData("2024-07-15", true)]
    public void Redrive_fields_are_left_out_of_recordings_made_before_redrive(string recorded, bool kept)
    {
        var context = Context();
        AwsRevisions.Apply(DateOnly.Parse(recorded, System.Globalization.CultureInfo.InvariantCulture), context);
        var text = PyJson.Dumps(context);
        Assert.Equal(kept, text.Contains("RedriveCount", StringComparison.Ordinal));
        Assert.Equal(kept, text.Contains("redriveStatus", StringComparison.Ordinal));
        Assert.Contains("\"status\": \"SUCCEEDED\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_a_recording_date_is_compared_as_it_is()
    {
        var history = History();
        AwsRevisions.Apply(null, history);
        Assert.Equal(PyJson.Dumps(History()), PyJson.Dumps(history));
    }
}
