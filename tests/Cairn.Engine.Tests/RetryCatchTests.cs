using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tasks;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class RetryCatchTests
{
    private static string TaskWith(string errorHandling, string next = "\"End\":true") => """
        {"StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},
               ERROR_HANDLING,NEXT}HANDLER}}
        """.Replace("ERROR_HANDLING", errorHandling).Replace("NEXT", next)
        .Replace("HANDLER", errorHandling.Contains("\"Handled\"", StringComparison.Ordinal) ? ",\"Handled\":{\"Type\":\"Pass\",\"End\":true}" : "");

    private static double[] RetryDelays(Interpreter run)
    {
        // Each retry's TaskScheduled follows the previous TaskFailed after the retry interval.
        var events = run.History;
        var delays = new List<double>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Type == HistoryEventType.TaskFailed)
            {
                var next = events.Skip(i + 1).FirstOrDefault(e => e.Type == HistoryEventType.TaskScheduled);
                if (next is not null)
                {
                    delays.Add((next.Timestamp - events[i].Timestamp).TotalSeconds);
                }
            }
        }

        return delays.ToArray();
    }

    [Fact]
    public async Task Retries_until_success_and_counts_invocations()
    {
        var tasks = new ScriptedTaskHandler().Sequence("T",
            TaskResult.Failure("Err", "1"), TaskResult.Failure("Err", "2"), TaskResult.Success(JsonOf("\"done\"")));
        var run = await Run.Execute(TaskWith("""
            "Retry":[{"ErrorEquals":["Err"],"MaxAttempts":3,"IntervalSeconds":1}]
            """), "{}", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("\"done\"", run.Output);
        Assert.Equal(new[] { 0, 1, 2 }, tasks.RequestsFor("T").Select(r => r.InvocationIndex));
        Assert.Equal(3, run.History.Count(e => e.Type == HistoryEventType.TaskScheduled));
        Assert.Single(run.History, e => e.Type == HistoryEventType.TaskStateEntered);
    }

    [Fact]
    public async Task Fails_after_MaxAttempts_retries()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Err", "always");
        var run = await Run.Execute(TaskWith("""
            "Retry":[{"ErrorEquals":["Err"],"MaxAttempts":2,"IntervalSeconds":1}]
            """), "{}", tasks);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("Err", run.Error);
        Assert.Equal(3, tasks.Requests.Count);
    }

    [Fact]
    public async Task MaxAttempts_zero_never_retries()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Err");
        var run = await Run.Execute(TaskWith("""
            "Retry":[{"ErrorEquals":["Err"],"MaxAttempts":0},{"ErrorEquals":["States.ALL"],"MaxAttempts":1,"IntervalSeconds":1}]
            """), "{}", tasks);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Single(tasks.Requests);
    }

    [Fact]
    public async Task Default_retrier_waits_1_2_4_seconds()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Err");
        var run = await Run.Execute(TaskWith("""
            "Retry":[{"ErrorEquals":["Err"]}]
            """), "{}", tasks);

        Assert.Equal(4, tasks.Requests.Count);
        var delays = RetryDelays(run);
        Assert.Equal(3, delays.Length);
        Assert.InRange(delays[0], 1, 1.5);
        Assert.InRange(delays[1], 2, 2.5);
        Assert.InRange(delays[2], 4, 4.5);
    }

    [Fact]
    public async Task BackoffRate_and_MaxDelaySeconds_shape_the_delays()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Err");
        var run = await Run.Execute(TaskWith("""
            "Retry":[{"ErrorEquals":["Err"],"IntervalSeconds":3,"BackoffRate":3,"MaxAttempts":4,"MaxDelaySeconds":20}]
            """), "{}", tasks);

        var delays = RetryDelays(run);
        Assert.Equal(4, delays.Length);
        Assert.InRange(delays[0], 3, 3.5);
        Assert.InRange(delays[1], 9, 9.5);
        Assert.InRange(delays[2], 20, 20.5);
        Assert.InRange(delays[3], 20, 20.5);
        Assert.InRange((run.History[^1].Timestamp - run.History[0].Timestamp).TotalSeconds, 52, 55);
    }

    [Fact]
    public async Task Retries_then_catches_with_ResultPath()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Err", "still broken");
        var run = await Run.Execute(TaskWith("""
            "Retry":[{"ErrorEquals":["Err"],"MaxAttempts":1,"IntervalSeconds":1}],
            "Catch":[{"ErrorEquals":["Other"],"Next":"Handled"},{"ErrorEquals":["Err"],"ResultPath":"$.error","Next":"Handled"}]
            """), """{"keep":1}""", tasks);

        Run.AssertSucceeded(run);
        Assert.Equal(2, tasks.Requests.Count);
        Run.AssertJson("""{"keep":1,"error":{"Error":"Err","Cause":"still broken"}}""", run.Output);
        Run.AssertJson("""{"keep":1,"error":{"Error":"Err","Cause":"still broken"}}""", Run.ExitOutput(run, "T"));
    }

    [Fact]
    public async Task Catch_without_ResultPath_replaces_the_input_with_the_error()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Err");
        var run = await Run.Execute(TaskWith("""
            "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handled"}]
            """), """{"keep":1}""", tasks);

        Run.AssertJson("""{"Error":"Err","Cause":null}""", run.Output);
    }

    [Fact]
    public async Task Catch_Assign_sets_variables_from_the_error_output()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Err", "why");
        var run = await Run.Execute("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},
                   "Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"caught.$":"$.Error","why.$":"$.Cause"},"ResultPath":null,"Next":"Read"}],
                   "End":true},
              "Read":{"Type":"Pass","Parameters":{"e.$":"$caught","c.$":"$why"},"End":true}}}
            """, """{"keep":1}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"e":"Err","c":"why"}""", run.Output);
        Run.AssertJson("""{"keep":1}""", Run.ExitOutput(run, "T"));
    }

    [Fact]
    public async Task States_ALL_does_not_catch_States_Runtime()
    {
        var tasks = new ScriptedTaskHandler();
        var run = await Run.Execute("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","InputPath":"$.missing",
                   "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":3}],
                   "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handled"}],"End":true},
              "Handled":{"Type":"Pass","End":true}}}
            """, """{"a":1}""", tasks);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("States.Runtime", run.Error);
        Assert.Empty(tasks.Requests);
        Assert.DoesNotContain(run.History, e => e.Type == HistoryEventType.PassStateEntered);
    }

    [Fact]
    public async Task States_Runtime_from_a_task_is_not_caught_by_States_ALL()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "States.Runtime", "bad");
        var run = await Run.Execute(TaskWith("""
            "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handled"}]
            """), "{}", tasks);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("States.Runtime", run.Error);
    }

    [Fact]
    public async Task States_TaskFailed_matches_any_error_name()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "My.Custom.Error");
        var run = await Run.Execute(TaskWith("""
            "Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Handled"}]
            """), "{}", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"Error":"My.Custom.Error","Cause":null}""", run.Output);
    }

    [Fact]
    public async Task States_TaskFailed_does_not_match_States_Timeout()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "States.Timeout", "too slow");
        var run = await Run.Execute(TaskWith("""
            "Retry":[{"ErrorEquals":["States.TaskFailed"],"MaxAttempts":2}],
            "Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Handled"}]
            """), "{}", tasks);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("States.Timeout", run.Error);
        Assert.Single(tasks.Requests);
    }

    [Fact]
    public async Task States_ALL_catches_States_Timeout()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "States.Timeout", "too slow");
        var run = await Run.Execute(TaskWith("""
            "Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Handled"},{"ErrorEquals":["States.ALL"],"ResultPath":"$.e","Next":"Handled"}]
            """), """{"a":1}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"a":1,"e":{"Error":"States.Timeout","Cause":"too slow"}}""", run.Output);
    }

    private static Cairn.Json.JValue JsonOf(string text) => Cairn.Json.JValue.Parse(text);
}
