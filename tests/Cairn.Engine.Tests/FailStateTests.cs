using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class FailStateTests
{
    [Fact]
    public async Task Fail_reports_its_error_and_cause()
    {
        var run = await Run.Execute("""
            {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Custom.Error","Cause":"it broke"}}}
            """);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("Custom.Error", run.Error);
        Assert.Equal("it broke", run.Cause);
        Assert.Null(run.Output);
        var failed = run.History[^1];
        Assert.Equal(HistoryEventType.ExecutionFailed, failed.Type);
        Run.AssertJson("""{"error":"Custom.Error","cause":"it broke"}""", Run.Details(failed));
        Assert.Equal(HistoryEventType.FailStateEntered, run.History[^2].Type);
        Assert.Equal(run.History[^2].Id, failed.PreviousEventId);
    }

    [Fact]
    public async Task ErrorPath_and_CausePath_read_from_the_input()
    {
        var run = await Run.Execute("""
            {"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e","CausePath":"$.c"}}}
            """, """{"e":"From.Input","c":"because"}""");

        Assert.Equal("From.Input", run.Error);
        Assert.Equal("because", run.Cause);
    }

    [Fact]
    public async Task Fail_without_error_or_cause_leaves_both_unset()
    {
        var run = await Run.Execute("""{"StartAt":"F","States":{"F":{"Type":"Fail"}}}""");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Null(run.Error);
        Assert.Null(run.Cause);
        Run.AssertJson("{}", Run.Details(run.History[^1]));
    }
}
