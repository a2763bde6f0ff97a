using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class ParallelStateTests
{
    [Fact]
    public async Task Outputs_are_in_branch_order()
    {
        var tasks = new ScriptedTaskHandler().Returns("Slow", "\"first\"").Returns("Fast", "\"second\"");
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"Wait","States":{"Wait":{"Type":"Wait","Seconds":5,"Next":"Slow"},
                 "Slow":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"a"},"End":true}}},
              {"StartAt":"Fast","States":{"Fast":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"b"},"End":true}}},
              {"StartAt":"Echo","States":{"Echo":{"Type":"Pass","End":true}}}]}}}
            """, """{"x":1}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""["first","second",{"x":1}]""", run.Output);
        Assert.Equal(new[] { "Fast", "Slow" }, tasks.Requests.Select(r => r.StateName));
    }

    [Fact]
    public async Task Records_started_and_succeeded_around_the_branches()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}]}}}
            """);

        Assert.Equal(
            new[]
            {
                HistoryEventType.ExecutionStarted, HistoryEventType.ParallelStateEntered, HistoryEventType.ParallelStateStarted,
                HistoryEventType.PassStateEntered, HistoryEventType.PassStateExited,
                HistoryEventType.ParallelStateSucceeded, HistoryEventType.ParallelStateExited, HistoryEventType.ExecutionSucceeded,
            },
            Run.Types(run));
        var started = Run.Single(run, HistoryEventType.ParallelStateStarted);
        Assert.Equal(started.Id, Run.Single(run, HistoryEventType.PassStateEntered).PreviousEventId);
    }

    [Fact]
    public async Task Parameters_and_ResultSelector_shape_branch_input_and_result()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel",
              "Parameters":{"v.$":"$.value"},
              "ResultSelector":{"first.$":"$[0].v","second.$":"$[1]"},
              "ResultPath":"$.out","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Pass","Result":"b","End":true}}}]}}}
            """, """{"value":9}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"value":9,"out":{"first":9,"second":"b"}}""", run.Output);
    }

    [Fact]
    public async Task A_failing_branch_fails_the_state_and_the_execution()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"Ok","States":{"Ok":{"Type":"Pass","End":true}}},
              {"StartAt":"Bad","States":{"Bad":{"Type":"Fail","Error":"Branch.Broke","Cause":"no"}}}]}}}
            """);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("Branch.Broke", run.Error);
        Assert.Equal("no", run.Cause);
        Assert.Contains(HistoryEventType.ParallelStateFailed, Run.Types(run));
        Assert.DoesNotContain(HistoryEventType.ParallelStateSucceeded, Run.Types(run));
        Assert.DoesNotContain(HistoryEventType.ParallelStateExited, Run.Types(run));
    }

    [Fact]
    public async Task A_failing_branch_is_catchable()
    {
        var tasks = new ScriptedTaskHandler().Fails("Work", "Work.Failed", "details");
        var run = await Run.Execute("""
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Next":"Done",
                "Catch":[{"ErrorEquals":["Work.Failed"],"ResultPath":"$.err","Next":"Recover"}],
                "Branches":[
                  {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}]},
              "Recover":{"Type":"Pass","Result":"recovered","ResultPath":"$.status","End":true},
              "Done":{"Type":"Succeed"}}}
            """, """{"id":3}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"id":3,"err":{"Error":"Work.Failed","Cause":"details"},"status":"recovered"}""", run.Output);
        Assert.Contains(HistoryEventType.ParallelStateFailed, Run.Types(run));
        Assert.Contains(HistoryEventType.ParallelStateExited, Run.Types(run));
    }

    [Fact]
    public async Task A_failing_parallel_is_retried_from_the_start()
    {
        var tasks = new ScriptedTaskHandler().Sequence("Work",
            Cairn.Engine.Tasks.TaskResult.Failure("Flaky", null), Cairn.Engine.Tasks.TaskResult.Success(Cairn.Json.JValue.Parse("\"ok\"")));
        var run = await Run.Execute("""
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","End":true,
                "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":2}],
                "Branches":[
                  {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}]}}}
            """, "{}", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""["ok"]""", run.Output);
        Assert.Equal(2, run.History.Count(e => e.Type == HistoryEventType.ParallelStateStarted));
        Assert.Single(run.History, e => e.Type == HistoryEventType.ParallelStateEntered);
    }
}
