using Cairn.Asl;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Jsonata;

/// <summary>JSONata states run end to end: Arguments, Output, Assign, Choice, Map, Wait, Fail, Catch.</summary>
public sealed class JsonataStateTests
{
    [Fact]
    public async Task Pass_outputs_its_input_unless_Output_says_otherwise()
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{
              "A":{"Type":"Pass","Next":"B"},
              "B":{"Type":"Pass","Output":{"sum":"{% $sum($states.input.n) %}","name":"{% $states.context.Execution.Name %}","literal":"$.n"},"End":true}}}
            """, """{"n":[1,2,3]}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"n":[1,2,3]}""", Run.ExitOutput(run, "A"));
        Run.AssertJson("""{"sum":6,"name":"e1","literal":"$.n"}""", run.Output);
    }

    [Fact]
    public async Task Task_sends_its_arguments_and_outputs_its_result()
    {
        var tasks = new ScriptedTaskHandler().Returns("T", """{"Payload":{"total":7}}""");
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Arguments":{"FunctionName":"f","Payload":{"id":"{% $states.input.id %}"}},"TimeoutSeconds":"{% 10 + 5 %}","End":true}}}
            """, """{"id":"x"}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"FunctionName":"f","Payload":{"id":"x"}}""", Assert.Single(tasks.Requests).Parameters);
        Assert.Equal(15, Assert.Single(tasks.Requests).TimeoutSeconds);
        Run.AssertJson("""{"Payload":{"total":7}}""", run.Output);
    }

    [Fact]
    public async Task Output_and_Assign_see_the_result_and_the_variables_from_before_the_state()
    {
        var tasks = new ScriptedTaskHandler().Returns("T", """{"v":2}""");
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"Init","States":{
              "Init":{"Type":"Pass","Assign":{"count":1},"Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{},
                "Assign":{"count":"{% $count + $states.result.v %}"},
                "Output":{"before":"{% $count %}","result":"{% $states.result %}"},"Next":"After"},
              "After":{"Type":"Pass","Output":"{% $count %}","End":true}}}
            """, "{}", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"before":1,"result":{"v":2}}""", Run.ExitOutput(run, "T"));
        Run.AssertJson("3", run.Output);
        var exit = (StateExitedEventDetails)run.History.Last(e => e.Type == HistoryEventType.TaskStateExited).Details!;
        Run.AssertJson("""{"count":3}""", exit.AssignedVariables);
    }

    [Fact]
    public async Task Variables_are_shared_with_JSONPath_states()
    {
        var run = await Run.Execute("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"fromPath.$":"$.x"},"Next":"B"},
              "B":{"Type":"Pass","QueryLanguage":"JSONata","Assign":{"fromJsonata":"{% $fromPath * 2 %}"},"Next":"C"},
              "C":{"Type":"Pass","Parameters":{"v.$":"$fromJsonata"},"End":true}}}
            """, """{"x":21}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"v":42}""", run.Output);
    }

    [Theory]
    [InlineData("""{"n":5}""", "Big", "\"big\"")]
    [InlineData("""{"n":1}""", "Small", "\"default\"")]
    public async Task Choice_takes_the_first_true_Condition_with_its_Output(string input, string next, string output)
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.n > 3 %}","Output":"big","Assign":{"path":"rule"},"Next":"Big"}],
                "Default":"Small","Output":"default","Assign":{"path":"default"}},
              "Big":{"Type":"Pass","Output":{"in":"{% $states.input %}","path":"{% $path %}"},"End":true},
              "Small":{"Type":"Pass","Output":{"in":"{% $states.input %}","path":"{% $path %}"},"End":true}}}
            """, input);

        Run.AssertSucceeded(run);
        Assert.Equal(next, ((StateEnteredEventDetails)run.History.Last(e => e.Type == HistoryEventType.PassStateEntered).Details!).Name);
        Run.AssertJson($$"""{"in":{{output}},"path":"{{(next == "Big" ? "rule" : "default")}}"}""", run.Output);
    }

    [Fact]
    public async Task Map_iterates_its_Items_through_its_ItemSelector()
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","Items":"{% $states.input.list %}",
              "ItemSelector":{"value":"{% $states.context.Map.Item.Value %}","index":"{% $states.context.Map.Item.Index %}"},
              "MaxConcurrency":"{% 1 %}",
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% $states.input.value * 10 + $states.input.index %}","End":true}}},
              "Output":{"results":"{% $states.result %}"},"End":true}}}
            """, """{"list":[1,2,3]}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"results":[10,21,32]}""", run.Output);
    }

    [Fact]
    public async Task Map_items_that_are_not_an_array_fail_with_EvaluationFailed()
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","Items":"{% $states.input.n %}",
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, """{"n":1}""");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal(StatesErrors.QueryEvaluationError, run.Error);
        Assert.Equal(
            "An error occurred while executing the state 'M' (entered at the event id #2). The JSONata expression '$states.input.n' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 1",
            run.Cause);
        Assert.Equal(
            new[] { HistoryEventType.ExecutionStarted, HistoryEventType.MapStateEntered, HistoryEventType.EvaluationFailed, HistoryEventType.MapStateFailed, HistoryEventType.ExecutionFailed },
            Run.Types(run));
        var failed = Run.Single(run, HistoryEventType.EvaluationFailed);
        Assert.Equal(0, failed.PreviousEventId);
        Run.AssertJson(
            """{"error":"States.QueryEvaluationError","cause":"An error occurred while executing the state 'M' (entered at the event id #2). The JSONata expression '$states.input.n' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 1","location":"Items","state":"M"}""",
            Run.Details(failed));
    }

    [Fact]
    public async Task Undefined_output_fails_the_state_and_can_be_caught()
    {
        var tasks = new ScriptedTaskHandler().Returns("T", "{}");
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{},"Output":{"x":"{% $states.result.missing %}"},
                "Catch":[{"ErrorEquals":["States.QueryEvaluationError"],"Output":{"caught":"{% $states.errorOutput.Error %}"},"Next":"Handled"}],"Next":"Handled"},
              "Handled":{"Type":"Pass","End":true}}}
            """, "{}", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"caught":"States.QueryEvaluationError"}""", run.Output);
        var failed = Run.Single(run, HistoryEventType.EvaluationFailed);
        Assert.Equal("Output/x", ((EvaluationFailedEventDetails)failed.Details!).Location);
    }

    [Fact]
    public async Task Catch_outputs_the_error_output_by_default()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Boom", "it broke");
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{},
                "Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"err":"{% $states.errorOutput.Cause %}"},"Next":"Handled"}],"End":true},
              "Handled":{"Type":"Pass","Output":{"in":"{% $states.input %}","err":"{% $err %}"},"End":true}}}
            """, "{}", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"in":{"Error":"Boom","Cause":"it broke"},"err":"it broke"}""", run.Output);
    }

    [Fact]
    public async Task Fail_takes_its_error_and_cause_from_expressions()
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"F","States":{"F":{"Type":"Fail","Error":"{% $states.input.code %}","Cause":"{% 'bad ' & $states.input.what %}"}}}
            """, """{"code":"E1","what":"thing"}""");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("E1", run.Error);
        Assert.Equal("bad thing", run.Cause);
    }

    [Fact]
    public async Task Wait_computes_its_seconds()
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Seconds":"{% $states.input.s * 2 %}","Assign":{"waited":true},"Output":{"w":"{% $states.input.s %}"},"End":true}}}
            """, """{"s":3}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"w":3}""", run.Output);
        var entered = Run.Single(run, HistoryEventType.WaitStateEntered).Timestamp;
        var exited = Run.Single(run, HistoryEventType.WaitStateExited).Timestamp;
        Assert.Equal(6, Math.Round((exited - entered).TotalSeconds));
    }

    [Fact]
    public async Task A_bad_wait_timestamp_is_a_query_evaluation_error()
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Timestamp":"{% $states.input.t %}","End":true}}}
            """, """{"t":"2016-13-05T21:29:29Z"}""");

        Assert.Equal(StatesErrors.QueryEvaluationError, run.Error);
        Assert.Equal(
            "An error occurred while executing the state 'W' (entered at the event id #2). The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 2016-13-05T21:29:29Z",
            run.Cause);
        var failed = Run.Single(run, HistoryEventType.EvaluationFailed);
        Assert.Equal(2, failed.PreviousEventId);
        Assert.Equal("Timestamp", ((EvaluationFailedEventDetails)failed.Details!).Location);
    }

    [Fact]
    public async Task Parallel_passes_its_arguments_to_every_branch()
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Parallel","Arguments":{"v":"{% $states.input.v %}"},
              "Branches":[
                {"StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $states.input.v + 1 %}","End":true}}},
                {"StartAt":"B","States":{"B":{"Type":"Pass","Output":"{% $states.input.v * 2 %}","End":true}}}],
              "Output":"{% $sum($states.result) %}","End":true}}}
            """, """{"v":5}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("16", run.Output);
    }

    [Fact]
    public async Task Seeded_random_and_uuid_are_reproducible()
    {
        const string definition = """
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":{"seeded":"{% $random(42) %}","id":"{% $uuid() %}"},"End":true}}}
            """;
        var first = await Run.Execute(definition);
        var second = await Run.Execute(definition);

        Run.AssertSucceeded(first);
        Assert.Equal("0.7275636800328681", ((JObject)first.Output!)["seeded"]!.ToJson());
        Assert.Equal(first.Output!.ToJson(), second.Output!.ToJson());
    }

    [Fact]
    public async Task Now_reads_the_execution_clock()
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":{"now":"{% $now() %}","entered":"{% $states.context.State.EnteredTime %}"},"End":true}}}
            """);

        Run.AssertSucceeded(run);
        var output = (JObject)run.Output!;
        var now = DateTimeOffset.Parse(((JString)output["now"]!).Value, System.Globalization.CultureInfo.InvariantCulture);
        var entered = DateTimeOffset.Parse(((JString)output["entered"]!).Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True((now - entered).Duration() < TimeSpan.FromSeconds(1), $"$now() {now:O} is not the execution's time {entered:O}");
    }

    [Theory]
    [InlineData("$pad('', 262145, 'x')", "$pad")]
    [InlineData("$join([$pad('', 200000, 'x'), $pad('', 200000, 'y')])", "$join")]
    [InlineData("$string([$pad('', 262144, 'x')])", "$string")]
    [InlineData("$fromMillis(0, '[Y,262145]')", "the date/time picture")]
    public async Task A_string_built_past_the_payload_limit_fails_the_state_with_a_query_evaluation_error(string expression, string builder)
    {
        var run = await Run.Execute("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% EXPRESSION %}","End":true}}}
            """.Replace("EXPRESSION", expression, StringComparison.Ordinal));

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal(StatesErrors.QueryEvaluationError, run.Error);
        Assert.Contains($"U1001: The string built by {builder} would be longer than the limit of 262144 characters", run.Cause, StringComparison.Ordinal);
    }
}
