using Cairn.Asl.Data;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests.Redrive;

public class RedriveTests
{
    private static JValue Parameters(ExecutionCommand command) => ((ExecutionCommand.InvokeTask)command).Request.Parameters;

    [Fact]
    public void A_failed_task_runs_again_after_ExecutionRedriven_and_earlier_states_keep_their_results()
    {
        var driver = new RedriveDriver("""
            {"StartAt":"Prepare","States":{
              "Prepare":{"Type":"Pass","Result":{"n":1},"Next":"Call"},
              "Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f","Redrives.$":"$$.Execution.RedriveCount"},"End":true}}}
            """);
        var first = Assert.Single(driver.Start());
        Run.AssertJson("""{"FunctionName":"f","Redrives":0}""", Parameters(first));
        driver.Fail(first);
        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);
        var failedCount = driver.Interpreter.History.Count;

        var second = Assert.Single(driver.Redrive());

        Run.AssertJson("""{"FunctionName":"f","Redrives":1}""", Parameters(second));
        Assert.Equal(ExecutionStatus.RUNNING, driver.Interpreter.Status);
        Assert.Null(driver.Interpreter.Error);
        Assert.Null(driver.Interpreter.StopDate);
        Assert.Equal(1, driver.Interpreter.RedriveCount);
        var redriven = driver.Interpreter.History[failedCount];
        Assert.Equal(HistoryEventType.ExecutionRedriven, redriven.Type);
        Assert.Equal(failedCount, redriven.PreviousEventId);
        Assert.Equal(redriven.Timestamp, driver.Interpreter.RedriveDate);
        Run.AssertJson("""{"redriveCount":1}""", Run.Details(redriven));
        var entered = driver.Interpreter.History[failedCount + 1];
        Assert.Equal(HistoryEventType.TaskStateEntered, entered.Type);
        Assert.Equal(redriven.Id, entered.PreviousEventId);
        Run.AssertJson("""{"n":1}""", Run.EnteredInput(driver.Interpreter, "Call"));

        driver.Succeed(second, """{"ok":true}""");
        Assert.Equal(ExecutionStatus.SUCCEEDED, driver.Interpreter.Status);
        Assert.Single(driver.Interpreter.History, e => e.Type == HistoryEventType.PassStateEntered);
        Assert.Equal(2, driver.Interpreter.History.Count(e => e.Type == HistoryEventType.TaskStateEntered));
    }

    [Fact]
    public void Only_the_failed_Map_iteration_runs_again_and_the_others_keep_their_results()
    {
        var driver = new RedriveDriver("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f","Item.$":"$"},"OutputPath":"$.Payload","End":true}}}}}}
            """, "[10,20,30]");
        var invokes = driver.Start();
        Assert.Equal(3, invokes.Count);
        driver.Succeed(invokes[0], """{"Payload":"a"}""");
        driver.Succeed(invokes[2], """{"Payload":"c"}""");
        driver.Fail(invokes[1]);
        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);

        var again = Assert.Single(driver.Redrive());
        Run.AssertJson("""{"FunctionName":"f","Item":20}""", Parameters(again));
        var redrivenAt = driver.Interpreter.History.Single(e => e.Type == HistoryEventType.ExecutionRedriven).Id;
        var restarted = driver.Interpreter.History.Where(e => e.Id > redrivenAt && e.Type == HistoryEventType.MapIterationStarted).Select(e => Run.Details(e)["index"]!.ToJson()).ToArray();
        Assert.Equal(["1"], restarted);

        driver.Succeed(again, """{"Payload":"b"}""");
        Assert.Equal(ExecutionStatus.SUCCEEDED, driver.Interpreter.Status);
        Run.AssertJson("""["a","b","c"]""", driver.Interpreter.Output);
    }

    [Fact]
    public void Aborted_Map_iterations_and_ones_not_yet_started_run_after_a_redrive()
    {
        var driver = new RedriveDriver("""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":2,"End":true,"ItemProcessor":{"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"Item.$":"$"},"OutputPath":"$.Payload","End":true}}}}}}
            """, "[1,2,3,4]");
        var invokes = driver.Start();
        Assert.Equal(2, invokes.Count);
        var third = Assert.Single(driver.Succeed(invokes[0], """{"Payload":"one"}"""));
        Run.AssertJson("""{"Item":3}""", Parameters(third));
        driver.Fail(invokes[1]);

        var again = driver.Redrive();
        Assert.Equal(["""{"Item":2}""", """{"Item":3}"""], again.Select(c => Parameters(c).ToJson()));

        var fourth = Assert.Single(driver.Succeed(again[0], """{"Payload":"two"}"""));
        Run.AssertJson("""{"Item":4}""", Parameters(fourth));
        driver.Succeed(again[1], """{"Payload":"three"}""");
        driver.Succeed(fourth, """{"Payload":"four"}""");
        Assert.Equal(ExecutionStatus.SUCCEEDED, driver.Interpreter.Status);
        Run.AssertJson("""["one","two","three","four"]""", driver.Interpreter.Output);
    }

    [Fact]
    public void Only_the_failed_Parallel_branch_runs_again()
    {
        var driver = new RedriveDriver("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"Branch":"A","In.$":"$.x"},"OutputPath":"$.Payload","End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"Branch":"B","In.$":"$.x"},"OutputPath":"$.Payload","End":true}}}]}}}
            """, """{"x":5}""");
        var invokes = driver.Start();
        driver.Succeed(invokes[0], """{"Payload":"A done"}""");
        driver.Fail(invokes[1]);
        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);

        var again = Assert.Single(driver.Redrive());
        Run.AssertJson("""{"Branch":"B","In":5}""", Parameters(again));
        driver.Succeed(again, """{"Payload":"B done"}""");

        Assert.Equal(ExecutionStatus.SUCCEEDED, driver.Interpreter.Status);
        Run.AssertJson("""["A done","B done"]""", driver.Interpreter.Output);
    }

    [Fact]
    public void An_aborted_execution_invokes_its_waiting_task_again()
    {
        var driver = new RedriveDriver("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"a":1},"End":true}}}""");
        var first = Assert.Single(driver.Start());
        driver.Apply(t => InterpreterInput.Stop(t, "Stopped", null));
        Assert.Equal(ExecutionStatus.ABORTED, driver.Interpreter.Status);
        Assert.Empty(driver.Succeed(first, "{}"));

        var again = Assert.Single(driver.Redrive());
        Assert.NotEqual(((ExecutionCommand.InvokeTask)first).Id, ((ExecutionCommand.InvokeTask)again).Id);
        driver.Succeed(again, """{"done":1}""");
        Assert.Equal(ExecutionStatus.SUCCEEDED, driver.Interpreter.Status);
    }

    [Fact]
    public void A_timed_out_execution_gets_a_new_timeout_from_its_redrive()
    {
        var driver = new RedriveDriver("""{"TimeoutSeconds":5,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""");
        var started = driver.Start();
        var timeout = started.OfType<ExecutionCommand.StartTimer>().First();
        driver.Apply(t => InterpreterInput.TimerFired(t, timeout.Id));
        Assert.Equal(ExecutionStatus.TIMED_OUT, driver.Interpreter.Status);

        var again = driver.Redrive();
        var redriveDate = driver.Interpreter.RedriveDate!.Value;
        var timers = again.OfType<ExecutionCommand.StartTimer>().ToList();
        Assert.Equal(2, timers.Count);
        Assert.Contains(timers, t => t.Due == redriveDate.AddSeconds(5));
        Assert.Equal(HistoryEventType.WaitStateEntered, driver.Interpreter.History[^1].Type);
    }

    [Fact]
    public void Succeeded_and_running_executions_are_not_redriven()
    {
        var succeeded = new RedriveDriver("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        succeeded.Start();
        var count = succeeded.Interpreter.History.Count;
        Assert.False(succeeded.Interpreter.IsRedrivable);
        Assert.Empty(succeeded.Redrive());
        Assert.Equal(count, succeeded.Interpreter.History.Count);
        Assert.Equal(ExecutionStatus.SUCCEEDED, succeeded.Interpreter.Status);

        var running = new RedriveDriver("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}""");
        running.Start();
        Assert.False(running.Interpreter.IsRedrivable);
        Assert.Empty(running.Redrive());
        Assert.Equal(0, running.Interpreter.RedriveCount);
    }

    [Fact]
    public void A_redriven_Fail_state_fails_again_and_can_be_redriven_once_more()
    {
        var driver = new RedriveDriver("""{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E","Cause":"C"}}}""");
        driver.Start();
        driver.Redrive();
        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);
        driver.Redrive();
        Assert.Equal(ExecutionStatus.FAILED, driver.Interpreter.Status);
        Assert.Equal(2, driver.Interpreter.RedriveCount);
        Assert.Equal(
            [HistoryEventType.ExecutionStarted, HistoryEventType.FailStateEntered, HistoryEventType.ExecutionFailed,
             HistoryEventType.ExecutionRedriven, HistoryEventType.FailStateEntered, HistoryEventType.ExecutionFailed,
             HistoryEventType.ExecutionRedriven, HistoryEventType.FailStateEntered, HistoryEventType.ExecutionFailed],
            Run.Types(driver.Interpreter));
        Run.AssertJson("""{"redriveCount":2}""", Run.Details(driver.Interpreter.History[6]));
    }

    [Fact]
    public void Replaying_the_logged_inputs_including_redrives_rebuilds_the_same_history()
    {
        var driver = new RedriveDriver("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"Item.$":"$","Id.$":"States.UUID()"},"End":true}}}}}}
            """, "[1,2]");
        var invokes = driver.Start();
        driver.Succeed(invokes[1], "{}");
        driver.Fail(invokes[0]);
        var again = Assert.Single(driver.Redrive());
        driver.Succeed(again, "{}");

        var (replayed, _) = driver.Replay();

        Assert.Equal(driver.Interpreter.Status, replayed.Status);
        Assert.Equal(driver.Interpreter.RedriveCount, replayed.RedriveCount);
        Assert.Equal(
            driver.Interpreter.History.Select(e => e.ToJson().ToJson()),
            replayed.History.Select(e => e.ToJson().ToJson()));
        Assert.Contains(replayed.History, e => e.Type == HistoryEventType.ExecutionRedriven);
    }
}
