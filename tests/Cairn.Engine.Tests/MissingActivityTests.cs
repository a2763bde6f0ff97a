using Cairn.Asl.Data;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests;

/// <summary>
/// A Task state naming an activity that does not exist: as AWS records it, nothing is scheduled
/// and the execution fails with States.Runtime right after the state is entered.
/// </summary>
public class MissingActivityTests
{
    private const string ActivityArn = "arn:aws:states:us-east-1:123456789012:activity:gone";

    [Fact]
    public void The_execution_fails_with_States_Runtime_and_nothing_is_scheduled()
    {
        var interpreter = Create("""
            {"StartAt":"ActivityTask","States":{"ActivityTask":{"Type":"Task","Resource":"ACTIVITY","End":true}}}
            """.Replace("ACTIVITY", ActivityArn, StringComparison.Ordinal), exists: _ => false);

        Assert.Empty(interpreter.Start());

        Assert.Equal(ExecutionStatus.FAILED, interpreter.Status);
        Assert.Equal([HistoryEventType.ExecutionStarted, HistoryEventType.TaskStateEntered, HistoryEventType.ExecutionFailed], Run.Types(interpreter));
        var failed = interpreter.History[^1];
        Assert.Equal(2, failed.PreviousEventId);
        Run.AssertJson(
            $$"""{"error":"States.Runtime","cause":"An error occurred while executing the state 'ActivityTask' (entered at the event id #2). The activity {{ActivityArn}} does not exist."}""",
            Run.Details(failed));
    }

    [Fact]
    public void States_ALL_neither_retries_nor_catches_it()
    {
        var interpreter = Create("""
            {"StartAt":"ActivityTask","States":{"ActivityTask":{"Type":"Task","Resource":"ACTIVITY",
              "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":3}],
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
             "Caught":{"Type":"Pass","End":true}}}
            """.Replace("ACTIVITY", ActivityArn, StringComparison.Ordinal), exists: _ => false);

        interpreter.Start();

        Assert.Equal(ExecutionStatus.FAILED, interpreter.Status);
        Assert.Equal("States.Runtime", interpreter.Error);
    }

    [Fact]
    public void Existing_activities_are_scheduled_and_only_the_named_one_is_asked_about()
    {
        var asked = new List<string>();
        var interpreter = Create("""
            {"StartAt":"ActivityTask","States":{"ActivityTask":{"Type":"Task","Resource":"ACTIVITY","End":true}}}
            """.Replace("ACTIVITY", ActivityArn, StringComparison.Ordinal), exists: arn => { asked.Add(arn); return true; });

        var invoke = Assert.Single(interpreter.Start().OfType<ExecutionCommand.InvokeTask>());

        Assert.Equal([ActivityArn], asked);
        Assert.Equal(ActivityArn, invoke.Request.Resource);
        Assert.Equal(HistoryEventType.ActivityScheduled, interpreter.History[^1].Type);
        Assert.Equal(ExecutionStatus.RUNNING, interpreter.Status);
    }

    private static Interpreter Create(string definition, Func<string, bool> exists)
    {
        var clock = new StepClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/R", clock.Now, JObject.Empty);
        return new Interpreter(Run.Compile(definition), info, clock, new SeededEntropySource(1)) { ActivityExists = exists };
    }
}
