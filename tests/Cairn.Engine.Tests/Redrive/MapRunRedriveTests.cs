using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Storage;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests.Redrive;

/// <summary>A redriven execution redrives the Map Run of a distributed Map state that failed or was aborted.</summary>
public class MapRunRedriveTests
{
    private const string Distributed = """
        {"StartAt":"M","States":{"M":{"Type":"Map","Label":"items","MaxConcurrency":1,"ToleratedFailureCount":1,"End":true,
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"T","States":{
            "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"Item.$":"$"},"OutputPath":"$.Payload","End":true}}}}}}
        """;

    private static JValue Parameters(ExecutionCommand command) => ((ExecutionCommand.InvokeTask)command).Request.Parameters;

    [Fact]
    public void The_failed_Map_Run_is_redriven_with_its_ARN_and_only_its_failed_iterations_run_again()
    {
        var driver = new RedriveDriver(Distributed, """["a","b","c","d"]""");
        var first = Assert.Single(driver.Start());
        var second = Assert.Single(driver.Fail(first));
        Run.AssertJson("""{"Item":"b"}""", Parameters(second));
        driver.Fail(second);
        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);
        Assert.Equal("States.ExceedToleratedFailureThreshold", driver.Interpreter.Error);
        var failed = driver.MapRun;
        Assert.Equal("FAILED", failed.Status);
        Assert.Equal(new MapRunCounts(Pending: 2, Running: 0, Succeeded: 0, Failed: 2, TimedOut: 0, Aborted: 0, Total: 4, ResultsWritten: 0), failed.ItemCounts);
        Assert.Equal(0, failed.RedriveCount);
        Assert.Null(failed.RedriveDate);

        // The tolerated failure and the one that failed the Map Run both run again, one at a time.
        var again = Assert.Single(driver.Redrive());
        Run.AssertJson("""{"Item":"a"}""", Parameters(again));
        var history = driver.Interpreter.History;
        var redriven = history.Single(e => e.Type == HistoryEventType.ExecutionRedriven);
        var mapRunRedriven = history[^1];
        Assert.Equal(HistoryEventType.MapRunRedriven, mapRunRedriven.Type);
        Assert.Equal(redriven.Id, mapRunRedriven.PreviousEventId);
        Run.AssertJson($$"""{"mapRunArn":"{{failed.MapRunArn}}","redriveCount":1}""", Run.Details(mapRunRedriven));
        var running = driver.MapRun;
        Assert.Equal(failed.MapRunArn, running.MapRunArn);
        Assert.Equal(failed.StartDate, running.StartDate);
        Assert.Equal("RUNNING", running.Status);
        Assert.Null(running.StopDate);
        Assert.Equal(1, running.RedriveCount);
        Assert.Equal(mapRunRedriven.Timestamp, running.RedriveDate);
        Assert.Equal(new MapRunCounts(Pending: 2, Running: 1, Succeeded: 0, Failed: 1, TimedOut: 0, Aborted: 0, Total: 4, ResultsWritten: 0, PendingRedrive: 1), running.ItemCounts);

        var redrivenSecond = Assert.Single(driver.Succeed(again, """{"Payload":"A"}"""));
        Run.AssertJson("""{"Item":"b"}""", Parameters(redrivenSecond));
        Assert.Equal(new MapRunCounts(Pending: 2, Running: 1, Succeeded: 1, Failed: 0, TimedOut: 0, Aborted: 0, Total: 4, ResultsWritten: 1), driver.MapRun.ItemCounts);
        var third = Assert.Single(driver.Succeed(redrivenSecond, """{"Payload":"B"}"""));
        var fourth = Assert.Single(driver.Succeed(third, """{"Payload":"C"}"""));
        driver.Succeed(fourth, """{"Payload":"D"}""");

        Assert.Equal(ExecutionStatus.SUCCEEDED, driver.Interpreter.Status);
        Run.AssertJson("""["A","B","C","D"]""", driver.Interpreter.Output);
        var succeeded = driver.MapRun;
        Assert.Equal("SUCCEEDED", succeeded.Status);
        Assert.NotNull(succeeded.StopDate);
        Assert.Equal(1, succeeded.RedriveCount);
        Assert.Equal(new MapRunCounts(Pending: 0, Running: 0, Succeeded: 4, Failed: 0, TimedOut: 0, Aborted: 0, Total: 4, ResultsWritten: 4), succeeded.ItemCounts);
        Assert.Single(history, e => e.Type == HistoryEventType.MapRunStarted);
        Assert.Single(history, e => e.Type == HistoryEventType.MapStateEntered);
        var mapRunSucceeded = history.Single(e => e.Type == HistoryEventType.MapRunSucceeded);
        Assert.Equal(mapRunRedriven.Id, mapRunSucceeded.PreviousEventId);
        Assert.Equal(
            [HistoryEventType.ExecutionRedriven, HistoryEventType.MapRunRedriven, HistoryEventType.MapRunSucceeded, HistoryEventType.MapStateSucceeded, HistoryEventType.MapStateExited, HistoryEventType.ExecutionSucceeded],
            history.Where(e => e.Id >= redriven.Id).Select(e => e.Type));
    }

    [Fact]
    public void Succeeded_iterations_keep_their_results_and_aborted_ones_run_again_after_a_stop()
    {
        var driver = new RedriveDriver(Distributed.Replace("\"MaxConcurrency\":1", "\"MaxConcurrency\":2", StringComparison.Ordinal), """["a","b","c"]""");
        var started = driver.Start();
        Assert.Equal(2, started.Count);
        var third = Assert.Single(driver.Succeed(started[0], """{"Payload":"A"}"""));
        Run.AssertJson("""{"Item":"c"}""", Parameters(third));
        driver.Apply(t => InterpreterInput.Stop(t, "Stopped", null));
        var aborted = driver.MapRun;
        Assert.Equal("ABORTED", aborted.Status);
        Assert.Equal(new MapRunCounts(Pending: 0, Running: 0, Succeeded: 1, Failed: 0, TimedOut: 0, Aborted: 2, Total: 3, ResultsWritten: 1), aborted.ItemCounts);

        var again = driver.Redrive();
        Assert.Equal(["""{"Item":"b"}""", """{"Item":"c"}"""], again.Select(c => Parameters(c).ToJson()));
        var running = driver.MapRun;
        Assert.Equal("RUNNING", running.Status);
        Assert.Equal(new MapRunCounts(Pending: 0, Running: 2, Succeeded: 1, Failed: 0, TimedOut: 0, Aborted: 0, Total: 3, ResultsWritten: 1), running.ItemCounts);
        driver.Succeed(again[1], """{"Payload":"C"}""");
        driver.Succeed(again[0], """{"Payload":"B"}""");

        Assert.Equal(ExecutionStatus.SUCCEEDED, driver.Interpreter.Status);
        Run.AssertJson("""["A","B","C"]""", driver.Interpreter.Output);
        Assert.Equal(aborted.MapRunArn, driver.MapRun.MapRunArn);
    }

    [Fact]
    public void A_Map_Run_that_fails_again_is_redriven_again_and_counts_its_redrives()
    {
        var driver = new RedriveDriver(Distributed.Replace("\"ToleratedFailureCount\":1", "\"ToleratedFailureCount\":0", StringComparison.Ordinal), """["a"]""");
        driver.Fail(Assert.Single(driver.Start()));
        driver.Fail(Assert.Single(driver.Redrive()));
        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);
        var failedAgain = driver.MapRun;
        Assert.Equal("FAILED", failedAgain.Status);
        Assert.Equal(1, failedAgain.ItemCounts.Failed);
        Assert.Equal(0, failedAgain.ItemCounts.PendingRedrive);

        var last = Assert.Single(driver.Redrive());
        var mapRunRedriven = driver.Interpreter.History[^1];
        Run.AssertJson($$"""{"mapRunArn":"{{failedAgain.MapRunArn}}","redriveCount":2}""", Run.Details(mapRunRedriven));
        Assert.Equal(2, driver.MapRun.RedriveCount);
        var redrives = driver.Interpreter.History.Where(e => e.Type == HistoryEventType.MapRunRedriven).ToList();
        Assert.Equal(2, redrives.Count);
        Assert.Equal(redrives[0].Id, driver.Interpreter.History.Last(e => e.Type == HistoryEventType.MapRunFailed).PreviousEventId);

        driver.Succeed(last, """{"Payload":"ok"}""");
        Assert.Equal(ExecutionStatus.SUCCEEDED, driver.Interpreter.Status);
        Assert.Single(driver.Interpreter.History, e => e.Type == HistoryEventType.MapRunStarted);
    }

    [Fact]
    public void A_Map_state_that_fails_after_its_Map_Run_succeeded_starts_a_new_Map_Run()
    {
        var driver = new RedriveDriver("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ResultSelector":{"first.$":"$[0].missing"},"End":true,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """[{"x":1}]""");
        driver.Start();
        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);
        var first = driver.MapRun;
        Assert.Equal("SUCCEEDED", first.Status);

        driver.Redrive();

        var started = driver.Interpreter.History.Where(e => e.Type == HistoryEventType.MapRunStarted).ToList();
        Assert.Equal(2, started.Count);
        Assert.DoesNotContain(driver.Interpreter.History, e => e.Type == HistoryEventType.MapRunRedriven);
        var second = driver.MapRun;
        Assert.NotEqual(first.MapRunArn, second.MapRunArn);
        Assert.Equal(0, second.RedriveCount);
    }

    [Fact]
    public void A_Map_Run_is_redriven_at_most_1000_times_then_its_Map_state_fails_with_States_Runtime()
    {
        var driver = new RedriveDriver("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Nope"}}}}}}
            """, "[1]");
        driver.Start();
        for (var i = 0; i < 1000; i++)
        {
            driver.Redrive();
        }

        Assert.Equal(1000, driver.MapRun.RedriveCount);
        Assert.Equal("States.ExceedToleratedFailureThreshold", driver.Interpreter.Error);

        driver.Redrive();

        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);
        Assert.Equal("States.Runtime", driver.Interpreter.Error);
        Assert.Equal(
            [HistoryEventType.ExecutionRedriven, HistoryEventType.MapStateFailed, HistoryEventType.ExecutionFailed],
            driver.Interpreter.History.TakeLast(3).Select(e => e.Type));
        Assert.Empty(driver.LastStep.MapRuns);
    }

    [Fact]
    public void Replaying_the_logged_inputs_rebuilds_the_redriven_Map_Run_and_its_history()
    {
        var driver = new RedriveDriver(Distributed, """["a","b","c"]""");
        var first = Assert.Single(driver.Start());
        driver.Fail(driver.Fail(first)[0]);
        var again = Assert.Single(driver.Redrive());
        driver.Apply(t => InterpreterInput.UpdateMapRun(t, new MapRunUpdate(driver.MapRun.MapRunArn, 3, null, null)));
        driver.Succeed(again, """{"Payload":1}""");

        var (replayed, replayedMapRuns) = driver.Replay();

        Assert.Equal(
            driver.Interpreter.History.Select(e => e.ToJson().ToJson()),
            replayed.History.Select(e => e.ToJson().ToJson()));
        var rebuilt = Assert.Single(replayedMapRuns);
        Assert.Equal(driver.MapRun, rebuilt);
        Assert.Equal(3, rebuilt.MaxConcurrency);
        Assert.Equal(1, rebuilt.RedriveCount);
        Assert.Equal(new MapRunCounts(Pending: 0, Running: 2, Succeeded: 1, Failed: 0, TimedOut: 0, Aborted: 0, Total: 3, ResultsWritten: 1), rebuilt.ItemCounts);
    }
}
