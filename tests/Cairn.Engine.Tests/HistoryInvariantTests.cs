using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class HistoryInvariantTests
{
    public static TheoryData<string, string> Definitions => new()
    {
        { """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Wait","Seconds":1,"Next":"C"},"C":{"Type":"Succeed"}}}""", "{}" },
        { """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E"}}}""", "{}" },
        {
            """
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Next":"M","Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}]},
             "M":{"Type":"Map","End":true,"ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"T","States":{
               "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"g"},
                    "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":1}],"End":true}}}}}}
            """,
            "{}"
        },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task Ids_are_consecutive_and_link_backwards(string definition, string input)
    {
        var tasks = new ScriptedTaskHandler().On("T", r => r.InvocationIndex % 2 == 0
            ? Cairn.Engine.Tasks.TaskResult.Failure("Flaky", null)
            : Cairn.Engine.Tasks.TaskResult.Success(Cairn.Json.JValue.Parse("1")));
        var run = await Run.Execute(definition, input, tasks);

        Assert.NotEqual(ExecutionStatus.RUNNING, run.Status);
        var history = run.History;
        for (var i = 0; i < history.Count; i++)
        {
            Assert.Equal(i + 1, history[i].Id);
            Assert.InRange(history[i].PreviousEventId, 0, history[i].Id - 1);
            if (i > 0)
            {
                Assert.True(history[i].Timestamp >= history[i - 1].Timestamp, $"event {i + 1} is earlier than event {i}");
            }
        }

        Assert.Equal(HistoryEventType.ExecutionStarted, history[0].Type);
        Assert.Equal(0, history[0].PreviousEventId);
        Assert.Equal(0, history[1].PreviousEventId);
        Assert.Single(history, e => e.Type is HistoryEventType.ExecutionSucceeded or HistoryEventType.ExecutionFailed);
    }

    [Fact]
    public async Task Sequential_events_link_to_their_predecessor()
    {
        var run = await Run.Execute("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","End":true}}}
            """);

        Assert.Equal(new long[] { 0, 0, 2, 3, 4, 5 }, run.History.Select(e => e.PreviousEventId));
    }

    [Fact]
    public async Task ToJson_has_the_wire_shape()
    {
        var run = await Run.Execute("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}""", """{"k":"v"}""");

        var entered = run.History[1].ToJson();
        Run.AssertJson("\"PassStateEntered\"", entered["type"]);
        Run.AssertJson("2", entered["id"]);
        Run.AssertJson("0", entered["previousEventId"]);
        Assert.IsType<Cairn.Json.JNumber>(entered["timestamp"]);
        Run.AssertJson("""{"name":"A","input":"{\"k\":\"v\"}","inputDetails":{"truncated":false}}""", entered["stateEnteredEventDetails"]);

        var started = run.History[0].ToJson(timestampsAsEpochSeconds: false, includeExecutionData: false);
        Assert.IsType<Cairn.Json.JString>(started["timestamp"]);
        var startedDetails = (Cairn.Json.JObject)started["executionStartedEventDetails"]!;
        Assert.False(startedDetails.ContainsKey("input"));
        Run.AssertJson("\"arn:aws:iam::123456789012:role/StepFunctionsRole\"", startedDetails["roleArn"]);
    }

    [Fact]
    public async Task The_steps_report_every_event_once_in_order()
    {
        var seen = new List<long>();
        var ended = 0;
        var options = Run.Options() with
        {
            OnStep = step =>
            {
                seen.AddRange(step.Events.Select(e => e.Id));
                ended += step.Ended ? 1 : 0;
            },
        };
        var run = await Run.Execute("""{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1,"Next":"A"},"A":{"Type":"Pass","End":true}}}""", "{}", null, options);

        Assert.Equal(run.History.Select(e => e.Id), seen);
        Assert.Equal(1, ended);
    }
}
