using Cairn.Asl.Data;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests;

/// <summary>
/// A Task state naming an activity that does not exist: as AWS records it, nothing is scheduled
/// and the execution fails with States.Runtime right after the state is entered. Which activities
/// are missing is part of the step's input, so a replay decides as the execution did.
/// </summary>
public class MissingActivityTests
{
    private const string ActivityArn = "arn:aws:states:us-east-1:123456789012:activity:gone";

    [Fact]
    public void The_execution_fails_with_States_Runtime_and_nothing_is_scheduled()
    {
        var interpreter = Create("""
            {"StartAt":"ActivityTask","States":{"ActivityTask":{"Type":"Task","Resource":"ACTIVITY","End":true}}}
            """.Replace("ACTIVITY", ActivityArn, StringComparison.Ordinal));

        Assert.Empty(interpreter.Start(missingActivities: [ActivityArn]));

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
            """.Replace("ACTIVITY", ActivityArn, StringComparison.Ordinal));

        interpreter.Start(missingActivities: [ActivityArn]);

        Assert.Equal(ExecutionStatus.FAILED, interpreter.Status);
        Assert.Equal("States.Runtime", interpreter.Error);
    }

    [Fact]
    public void Activities_not_named_missing_are_scheduled()
    {
        var interpreter = Create("""
            {"StartAt":"ActivityTask","States":{"ActivityTask":{"Type":"Task","Resource":"ACTIVITY","End":true}}}
            """.Replace("ACTIVITY", ActivityArn, StringComparison.Ordinal));

        var invoke = Assert.Single(interpreter.Start(missingActivities: [ActivityArn + "-other"]).OfType<ExecutionCommand.InvokeTask>());

        Assert.Equal(ActivityArn, invoke.Request.Resource);
        Assert.Equal(HistoryEventType.ActivityScheduled, interpreter.History[^1].Type);
        Assert.Equal(ExecutionStatus.RUNNING, interpreter.Status);
    }

    [Fact]
    public void A_replay_of_the_logged_input_fails_the_same_way()
    {
        const string definition = """
            {"StartAt":"ActivityTask","States":{"ActivityTask":{"Type":"Task","Resource":"ACTIVITY","End":true}}}
            """;
        var input = InterpreterInput.Start(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) with { MissingActivities = [ActivityArn] };

        var first = Create(definition.Replace("ACTIVITY", ActivityArn, StringComparison.Ordinal)).Apply(input);
        var replayed = Create(definition.Replace("ACTIVITY", ActivityArn, StringComparison.Ordinal)).Apply(input);

        Assert.Equal(ExecutionStatus.FAILED, first.Outcome?.Status);
        Assert.Equal(first.Events.Select(e => e.ToJson().ToJson()), replayed.Events.Select(e => e.ToJson().ToJson()));
    }

    private static Interpreter Create(string definition)
    {
        var clock = new StepClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/R", clock.Now, JObject.Empty);
        return new Interpreter(Run.Compile(definition), info, clock, new SeededEntropySource(1));
    }
}
