using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class WaitStateTests
{
    private static TimeSpan WaitDuration(Cairn.Engine.Execution.Interpreter run)
    {
        var entered = Run.Single(run, HistoryEventType.WaitStateEntered);
        var exited = Run.Single(run, HistoryEventType.WaitStateExited);
        return exited.Timestamp - entered.Timestamp;
    }

    [Fact]
    public async Task Seconds_advances_the_recorded_time_by_the_wait()
    {
        var run = await Run.Execute("""
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"End":true}}}
            """, """{"a":1}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"a":1}""", run.Output);
        var waited = WaitDuration(run);
        Assert.InRange(waited, TimeSpan.FromSeconds(3600), TimeSpan.FromSeconds(3605));
    }

    [Fact]
    public async Task SecondsPath_reads_the_delay_from_the_input()
    {
        var run = await Run.Execute("""
            {"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.delay","End":true}}}
            """, """{"delay":90}""");

        Run.AssertSucceeded(run);
        Assert.InRange(WaitDuration(run), TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(95));
    }

    [Fact]
    public async Task SecondsPath_that_is_not_an_integer_fails_with_States_Runtime()
    {
        var run = await Run.Execute("""
            {"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.delay","End":true}}}
            """, """{"delay":"soon"}""");

        Assert.Equal("States.Runtime", run.Error);
        Assert.Contains("SecondsPath", run.Cause);
    }

    [Fact]
    public async Task Timestamp_in_the_future_waits_until_then()
    {
        var due = DateTimeOffset.UtcNow.AddDays(2);
        var text = due.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var run = await Run.Execute(
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Timestamp\":\"" + text + "\",\"End\":true}}}");

        Run.AssertSucceeded(run);
        var exited = Run.Single(run, HistoryEventType.WaitStateExited);
        var expected = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(exited.Timestamp, expected, expected.AddSeconds(5));
    }

    [Fact]
    public async Task TimestampPath_in_the_past_does_not_wait()
    {
        var run = await Run.Execute("""
            {"StartAt":"W","States":{"W":{"Type":"Wait","TimestampPath":"$.at","End":true}}}
            """, """{"at":"2001-01-01T00:00:00Z"}""");

        Run.AssertSucceeded(run);
        Assert.InRange(WaitDuration(run), TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Consecutive_waits_add_up()
    {
        var run = await Run.Execute("""
            {"StartAt":"A","States":{
              "A":{"Type":"Wait","Seconds":10,"Next":"B"},
              "B":{"Type":"Wait","Seconds":20,"End":true}}}
            """);

        var started = run.History[0].Timestamp;
        var ended = run.History[^1].Timestamp;
        Assert.InRange(ended - started, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(35));
        Assert.Equal(ended, run.StopDate);
    }
}
