using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Examples;

/// <summary>Every example test case, run as its README says, ends as its README says.</summary>
public sealed class ExampleOutcomeTests
{
    [Theory]
    [MemberData(nameof(ExampleExpectations.Cases), MemberType = typeof(ExampleExpectations))]
    public async Task Run_ends_with_the_documented_status_and_result(string example, string testCase, string status, string? output, string? error, string? cause)
    {
        var result = await CairnCli.RunExampleAsync(example, testCase);

        Assert.True(result.Stderr.Length == 0, result.Stderr);
        Assert.Equal(status == "SUCCEEDED" ? 0 : 1, result.ExitCode);
        var report = result.Json();
        Assert.Equal(status, report.GetProperty("status").GetString());
        Assert.Equal(output, report.TryGetProperty("output", out var o) ? o.GetString() : null);
        Assert.Equal(error, report.TryGetProperty("error", out var e) ? e.GetString() : null);
        Assert.Equal(cause, report.TryGetProperty("cause", out var c) ? c.GetString() : null);
    }

    [Theory]
    [MemberData(nameof(ExampleExpectations.Cases), MemberType = typeof(ExampleExpectations))]
    public async Task History_is_well_formed_and_ends_with_the_outcome(string example, string testCase, string status, string? output, string? error, string? cause)
    {
        var report = (await CairnCli.RunExampleAsync(example, testCase)).Json();
        var events = History.Of(report);

        History.AssertWellFormed(events);
        var input = File.ReadAllText(RepoPaths.Example(example, "input.json"));
        Assert.True(
            JsonText.SameJson(input, events[0].Details("executionStartedEventDetails").GetProperty("input").GetString()!),
            "ExecutionStarted input differs from input.json");

        var last = events[^1];
        if (status == "SUCCEEDED")
        {
            Assert.Equal("ExecutionSucceeded", last.Type);
            Assert.Equal(output, last.Details("executionSucceededEventDetails").GetProperty("output").GetString());
        }
        else
        {
            Assert.Equal("ExecutionFailed", last.Type);
            var details = last.Details("executionFailedEventDetails");
            Assert.Equal(error, details.GetProperty("error").GetString());
            Assert.Equal(cause, details.GetProperty("cause").GetString());
        }

        Assert.Equal(1, events.Count(e => e.Type.StartsWith("Execution", StringComparison.Ordinal) && e.Type != "ExecutionStarted"));
    }
}
