using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class MapStateTests
{
    private static string TaskMap(string maxConcurrency) => """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",MAX_CONCURRENCY"End":true,
          "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"T","States":{
            "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f","Payload.$":"$"},"End":true}}}}}}
        """.Replace("MAX_CONCURRENCY", maxConcurrency);

    [Fact]
    public async Task Runs_every_item_and_keeps_item_order()
    {
        var tasks = new ScriptedTaskHandler().On("T", r => Cairn.Engine.Tasks.TaskResult.Success(((Cairn.Json.JObject)r.Parameters)["Payload"]!));
        var run = await Run.Execute(TaskMap(""), """{"items":["a","b","c"]}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""["a","b","c"]""", run.Output);
        Assert.Equal(new[] { 0, 1, 2 }, tasks.Requests.Select(r => r.InvocationIndex));
    }

    [Fact]
    public async Task MaxConcurrency_1_runs_one_iteration_at_a_time()
    {
        var run = await Run.Execute(TaskMap("\"MaxConcurrency\":1,"), """{"items":[1,2,3]}""");

        Run.AssertSucceeded(run);
        var taskEvents = Run.Types(run).Where(t => t is HistoryEventType.TaskScheduled or HistoryEventType.TaskSucceeded).ToArray();
        Assert.Equal(
            new[]
            {
                HistoryEventType.TaskScheduled, HistoryEventType.TaskSucceeded,
                HistoryEventType.TaskScheduled, HistoryEventType.TaskSucceeded,
                HistoryEventType.TaskScheduled, HistoryEventType.TaskSucceeded,
            },
            taskEvents);
    }

    [Fact]
    public async Task MaxConcurrency_0_starts_every_iteration_at_once()
    {
        var run = await Run.Execute(TaskMap("\"MaxConcurrency\":0,"), """{"items":[1,2,3]}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""[{"FunctionName":"f","Payload":1},{"FunctionName":"f","Payload":2},{"FunctionName":"f","Payload":3}]""", run.Output);
        var taskEvents = Run.Types(run).Where(t => t is HistoryEventType.TaskScheduled or HistoryEventType.TaskSucceeded).ToArray();
        Assert.Equal(
            new[]
            {
                HistoryEventType.TaskScheduled, HistoryEventType.TaskScheduled, HistoryEventType.TaskScheduled,
                HistoryEventType.TaskSucceeded, HistoryEventType.TaskSucceeded, HistoryEventType.TaskSucceeded,
            },
            taskEvents);
    }

    [Fact]
    public async Task ItemSelector_sees_the_index_and_value_in_the_context_object()
    {
        var run = await Run.Execute("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","End":true,
              "ItemSelector":{"i.$":"$$.Map.Item.Index","v.$":"$$.Map.Item.Value","tag.$":"$.tag"},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """{"items":[{"n":1},"two"],"tag":"t"}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""[{"i":0,"v":{"n":1},"tag":"t"},{"i":1,"v":"two","tag":"t"}]""", run.Output);
    }

    [Fact]
    public async Task Empty_items_give_an_empty_array()
    {
        var tasks = new ScriptedTaskHandler();
        var run = await Run.Execute(TaskMap(""), """{"items":[]}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("[]", run.Output);
        Assert.Empty(tasks.Requests);
        Assert.Equal(
            new[]
            {
                HistoryEventType.ExecutionStarted, HistoryEventType.MapStateEntered, HistoryEventType.MapStateStarted,
                HistoryEventType.MapStateSucceeded, HistoryEventType.MapStateExited, HistoryEventType.ExecutionSucceeded,
            },
            Run.Types(run));
        Run.AssertJson("""{"length":0}""", Run.Details(Run.Single(run, HistoryEventType.MapStateStarted)));
    }

    [Fact]
    public async Task Records_the_iteration_event_sequence()
    {
        var run = await Run.Execute("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, "[10,20]");

        Run.AssertSucceeded(run);
        Assert.Equal(
            new[]
            {
                HistoryEventType.ExecutionStarted, HistoryEventType.MapStateEntered, HistoryEventType.MapStateStarted,
                HistoryEventType.MapIterationStarted, HistoryEventType.PassStateEntered, HistoryEventType.PassStateExited, HistoryEventType.MapIterationSucceeded,
                HistoryEventType.MapIterationStarted, HistoryEventType.PassStateEntered, HistoryEventType.PassStateExited, HistoryEventType.MapIterationSucceeded,
                HistoryEventType.MapStateSucceeded, HistoryEventType.MapStateExited, HistoryEventType.ExecutionSucceeded,
            },
            Run.Types(run));
        var iterations = run.History.Where(e => e.Type == HistoryEventType.MapIterationStarted).Select(Run.Details).ToArray();
        Run.AssertJson("""{"name":"M","index":0}""", iterations[0]);
        Run.AssertJson("""{"name":"M","index":1}""", iterations[1]);
        Run.AssertJson("""{"length":2}""", Run.Details(Run.Single(run, HistoryEventType.MapStateStarted)));
    }

    [Fact]
    public async Task A_failing_iteration_fails_the_map()
    {
        var run = await Run.Execute("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"C","States":{
                "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"Bad"}],"Default":"Ok"},
                "Bad":{"Type":"Fail","Error":"Item.Bad","Cause":"two"},
                "Ok":{"Type":"Pass","End":true}}}}}}
            """, "[1,2,3]");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("Item.Bad", run.Error);
        var types = Run.Types(run);
        Assert.Contains(HistoryEventType.MapIterationFailed, types);
        Assert.Contains(HistoryEventType.MapStateFailed, types);
        Assert.Equal(1, types.Count(t => t == HistoryEventType.MapIterationSucceeded));
        Assert.Equal(2, types.Count(t => t == HistoryEventType.MapIterationStarted));
        Run.AssertJson("""{"name":"M","index":1}""", Run.Details(Run.Single(run, HistoryEventType.MapIterationFailed)));
    }

    [Fact]
    public async Task A_failing_iteration_is_catchable()
    {
        var tasks = new ScriptedTaskHandler().On("T", r => r.InvocationIndex == 1
            ? Cairn.Engine.Tasks.TaskResult.Failure("Item.Failed", "second")
            : Cairn.Engine.Tasks.TaskResult.Success(Cairn.Json.JValue.Parse("1")));
        var run = await Run.Execute("""
            {"StartAt":"M","States":{
              "M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":1,"Next":"Done",
                "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.failure","Next":"Done"}],
                "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"T","States":{
                  "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}},
              "Done":{"Type":"Succeed"}}}
            """, """{"items":[1,2,3]}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"items":[1,2,3],"failure":{"Error":"Item.Failed","Cause":"second"}}""", run.Output);
        Assert.Equal(2, tasks.Requests.Count);
    }

    [Fact]
    public async Task Items_that_are_neither_an_array_nor_an_object_fail_with_States_Runtime()
    {
        var run = await Run.Execute("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","End":true,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """{"items":"abc"}""");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("States.Runtime", run.Error);
    }

    [Fact]
    public async Task An_object_s_key_value_pairs_are_the_items()
    {
        var run = await Run.Execute("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","End":true,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """{"items":{"a":1,"b":{"c":2}}}""");

        Assert.Equal(ExecutionStatus.SUCCEEDED, run.Status);
        Run.AssertJson("""[{"a":1},{"b":{"c":2}}]""", run.Output);
    }
}
