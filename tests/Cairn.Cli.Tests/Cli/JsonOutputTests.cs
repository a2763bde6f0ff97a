using System.Globalization;
using System.Text.Json;
using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Cli;

/// <summary>--json prints one object shaped like DescribeExecution, plus "events" with --history.</summary>
public sealed class JsonOutputTests
{
    private static readonly string[] DescribeMembers = ["executionArn", "stateMachineArn", "name", "status", "startDate", "stopDate", "input"];

    [Fact]
    public async Task Succeeded_execution_has_output_and_no_error()
    {
        using var dir = new TempFolder("shapes");
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.Pass), "--json", "--input", """{"a":1}""", "--name", "exec-1");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal([.. DescribeMembers, "output"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:shapes:exec-1", json.GetProperty("executionArn").GetString());
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:shapes", json.GetProperty("stateMachineArn").GetString());
        Assert.Equal("exec-1", json.GetProperty("name").GetString());
        Assert.Equal("SUCCEEDED", json.GetProperty("status").GetString());
        Assert.Equal("""{"a":1}""", json.GetProperty("input").GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("output").ValueKind);
        Assert.Equal("""{"ok":true}""", json.GetProperty("output").GetString());
        var start = IsoDate(json.GetProperty("startDate"));
        var stop = IsoDate(json.GetProperty("stopDate"));
        Assert.True(stop >= start);
        Assert.InRange((DateTimeOffset.UtcNow - start).TotalMinutes, -1, 5);
    }

    [Fact]
    public async Task Failed_execution_has_error_and_cause_and_no_output()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.Fail), "--json");

        Assert.Equal(1, result.ExitCode);
        var json = result.Json();
        Assert.Equal([.. DescribeMembers, "error", "cause"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("FAILED", json.GetProperty("status").GetString());
        Assert.Equal("Boom", json.GetProperty("error").GetString());
        Assert.Equal("it broke", json.GetProperty("cause").GetString());
        Assert.Equal("{}", json.GetProperty("input").GetString());
    }

    [Fact]
    public async Task History_adds_the_events()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.Pass), "--json", "--history");

        var json = result.Json();
        Assert.Equal("events", json.EnumerateObject().Last().Name);
        var events = History.Of(json);
        History.AssertWellFormed(events);
        Assert.Equal(["ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"], History.Types(events));
        foreach (var e in events)
        {
            IsoDate(e.Raw.GetProperty("timestamp"));
        }

        Assert.Equal("A", events[1].Details("stateEnteredEventDetails").GetProperty("name").GetString());
        Assert.Equal("""{"ok":true}""", events[2].Details("stateExitedEventDetails").GetProperty("output").GetString());
    }

    [Fact]
    public async Task Text_output_with_history_prints_the_events_then_the_status()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.Pass), "--history");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdoutLines;
        Assert.Equal(["Status: SUCCEEDED", """Output: {"ok":true}"""], lines[^2..]);
        var history = JsonText.Parse(string.Join("\n", lines[..^2]));
        Assert.Equal(4, history.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Input_can_be_inline_json_or_a_file()
    {
        using var dir = new TempFolder();
        var definition = dir.Write("d.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        var inline = await CairnCli.RunAsync("run", definition, "--json", "--input", "[1, 2, 3]");
        var fromFile = await CairnCli.RunAsync("run", definition, "--json", "--input", "@" + dir.Write("in.json", "{ \"x\" : \"y\" }"));

        Assert.Equal("[1,2,3]", inline.Json().GetProperty("output").GetString());
        Assert.Equal("""{"x":"y"}""", fromFile.Json().GetProperty("output").GetString());
    }

    private static DateTimeOffset IsoDate(JsonElement value)
    {
        var text = value.GetString()!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", text);
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }
}
