using Cairn.Asl.Data;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests;

public class ExecutionLifecycleTests
{
    [Fact]
    public async Task TimeoutSeconds_times_out_a_longer_wait()
    {
        var run = await Run.Execute("""
            {"TimeoutSeconds":5,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"Next":"After"},"After":{"Type":"Succeed"}}}
            """);

        Assert.Equal(ExecutionStatus.TIMED_OUT, run.Status);
        Assert.Null(run.Output);
        var last = run.History[^1];
        Assert.Equal(HistoryEventType.ExecutionTimedOut, last.Type);
        Assert.Equal(run.History[^2].Id, last.PreviousEventId);
        Assert.DoesNotContain(run.History, e => e.Type == HistoryEventType.WaitStateExited);
        Assert.InRange((last.Timestamp - run.Info.StartTime).TotalSeconds, 5, 6);
        Assert.Equal(last.Timestamp, run.StopDate);
    }

    [Fact]
    public async Task TimeoutSeconds_longer_than_the_work_does_not_fire()
    {
        var run = await Run.Execute("""
            {"TimeoutSeconds":100,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}
            """);

        Run.AssertSucceeded(run);
    }

    [Fact]
    public void Abort_records_ExecutionAborted_and_ignores_later_results()
    {
        var machine = Run.Compile("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}
            """);
        var clock = new ScaledClock(new TimeScale(0));
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/R", clock.GetUtcNow(), JObject.Empty);
        var interpreter = new Interpreter(machine, info, clock, new SeededEntropySource(1));

        var commands = interpreter.Start();
        var invoke = Assert.IsType<ExecutionCommand.InvokeTask>(Assert.Single(commands));
        var before = interpreter.History.Count;
        interpreter.Abort("User.Stop", "stopped by test");

        Assert.Equal(ExecutionStatus.ABORTED, interpreter.Status);
        Assert.Equal("User.Stop", interpreter.Error);
        Assert.Equal("stopped by test", interpreter.Cause);
        Assert.Equal(before + 1, interpreter.History.Count);
        var aborted = interpreter.History[^1];
        Assert.Equal(HistoryEventType.ExecutionAborted, aborted.Type);
        Assert.Equal(before, aborted.PreviousEventId);
        Run.AssertJson("""{"error":"User.Stop","cause":"stopped by test"}""", Run.Details(aborted));

        Assert.Empty(interpreter.CompleteTask(invoke.Id, Cairn.Engine.Tasks.TaskResult.Success(JObject.Empty)));
        interpreter.Abort("Again", null);
        Assert.Equal(before + 1, interpreter.History.Count);
        Assert.Equal(ExecutionStatus.ABORTED, interpreter.Status);
    }

    [Fact]
    public void Abort_after_the_end_changes_nothing()
    {
        var machine = Run.Compile("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        var clock = new ScaledClock(new TimeScale(0));
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/R", clock.GetUtcNow(), JObject.Empty);
        var interpreter = new Interpreter(machine, info, clock, new SeededEntropySource(1));

        Assert.Empty(interpreter.Start());
        interpreter.Abort("Late", null);

        Assert.Equal(ExecutionStatus.SUCCEEDED, interpreter.Status);
        Assert.Equal(HistoryEventType.ExecutionSucceeded, interpreter.History[^1].Type);
    }

    [Fact]
    public async Task Succeeded_execution_reports_output_in_the_last_event()
    {
        var run = await Run.Execute("""{"StartAt":"S","States":{"S":{"Type":"Succeed","OutputPath":"$.a"}}}""", """{"a":{"b":1.50}}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"b":1.5}""", run.Output);
        var details = Run.Details(run.History[^1]);
        Run.AssertJson("\"{\\\"b\\\":1.5}\"", details["output"]);
        Assert.Null(run.Error);
    }
}
