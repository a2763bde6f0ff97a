using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests.Execution;

/// <summary>
/// AWS's limits in the step: payloads of exactly 262,144 bytes pass and one byte more fails with
/// States.DataLimitExceeded and AWS's cause; the 25,000th event ends a history; long runs of
/// states yield in bounded steps. Payloads are generated (multi-byte and escaped characters).
/// </summary>
public sealed class ServiceLimitsTests
{
    private const int Limit = ServiceLimits.MaxPayloadBytes;

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_state_output_of_exactly_the_limit_passes_and_one_byte_more_fails(int seed)
    {
        const string definition = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";
        var atLimit = Payloads.OfSize(Limit, seed);
        var passed = await LocalExecution.RunAsync(Run.Compile(definition), atLimit, new ScriptedTaskHandler(), Run.Options());
        Run.AssertSucceeded(passed);

        var over = await LocalExecution.RunAsync(Run.Compile(definition), Payloads.OfSize(Limit + 1, seed), new ScriptedTaskHandler(), Run.Options());
        Assert.Equal(ExecutionStatus.FAILED, over.Status);
        Assert.Equal(StatesErrors.DataLimitExceeded, over.Error);
        Assert.Equal("The state/task 'P' returned a result with a size exceeding the maximum number of bytes service limit.", over.Cause);

        // As AWS records it: the state is entered, and the execution fails without an exit.
        Assert.Equal([HistoryEventType.ExecutionStarted, HistoryEventType.PassStateEntered, HistoryEventType.ExecutionFailed], Run.Types(over));
        Assert.Equal(2, over.History[2].PreviousEventId);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_Pass_Result_over_the_limit_fails_the_state(int seed)
    {
        var result = Payloads.OfSize(Limit + 1, seed).ToJson();
        var run = await Run.Execute("""{"StartAt":"State_1","States":{"State_1":{"Type":"Pass","Result":RESULT,"End":true}}}""".Replace("RESULT", result, StringComparison.Ordinal));
        Assert.Equal(StatesErrors.DataLimitExceeded, run.Error);
        Assert.Equal("The state/task 'State_1' returned a result with a size exceeding the maximum number of bytes service limit.", run.Cause);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_task_result_over_the_limit_is_the_task_failure_naming_its_resource(int seed)
    {
        const string resource = "arn:aws:lambda:us-east-1:123456789012:function:big";
        const string definition = """
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:big","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handled"}],"End":true},
              "Handled":{"Type":"Pass","End":true}}}
            """;
        var exact = Payloads.OfSize(Limit, seed);
        var ok = await Run.Execute(definition, tasks: new ScriptedTaskHandler().On("T", _ => TaskResult.Success(exact)));
        Run.AssertSucceeded(ok);
        Assert.Contains(ok.History, e => e.Type == HistoryEventType.LambdaFunctionSucceeded);

        var over = Payloads.OfSize(Limit + 1, seed);
        var caught = await Run.Execute(definition, tasks: new ScriptedTaskHandler().On("T", _ => TaskResult.Success(over)));
        Run.AssertSucceeded(caught);
        var failed = Run.Details(Run.Single(caught, HistoryEventType.LambdaFunctionFailed));
        Assert.Equal(StatesErrors.DataLimitExceeded, failed["error"]!.ToString().Trim('"'));
        var cause = $"The state/task '{resource}' returned a result with a size exceeding the maximum number of bytes service limit.";
        Run.AssertJson("{\"Error\":\"States.DataLimitExceeded\",\"Cause\":" + JsonWriter.QuoteString(cause) + "}", caught.Output);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Task_parameters_over_the_limit_fail_before_the_task_is_scheduled(int seed)
    {
        const string definition = """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
              "Parameters":{"a.$":"$.data","b":"x"},"End":true}}}
            """;
        // {"a":S,"b":"x"} is 5 bytes longer than {"data":S}.
        var tasks = new ScriptedTaskHandler();
        var ok = await Run.Execute(definition, Payloads.OfSize(Limit - 5, seed).ToJson(), tasks);
        Run.AssertSucceeded(ok);
        Assert.Equal(Limit, (int)JsonSize.Utf8Bytes(tasks.Requests[0].Parameters));

        var over = await Run.Execute(definition, Payloads.OfSize(Limit - 4, seed).ToJson(), new ScriptedTaskHandler());
        Assert.Equal(StatesErrors.DataLimitExceeded, over.Error);
        Assert.Equal("The state/task 'T' returned a result with a size exceeding the maximum number of bytes service limit.", over.Cause);
        Assert.DoesNotContain(over.History, e => e.Type == HistoryEventType.TaskScheduled);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_Map_whose_results_exceed_the_limit_fails_with_its_name(int seed)
    {
        const string definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
              "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},
              "ResultSelector":{"n.$":"States.ArrayLength($)"},"End":true}}}
            """;
        // The results [A,B] take 3 bytes besides the items.
        var a = Payloads.OfSize(100_000, seed);
        var exact = JObject.Create(("items", JArray.Create([a, Payloads.OfSize(Limit - 3 - 100_000, seed + 100)])));
        Run.AssertSucceeded(await Run.Execute(definition, exact.ToJson()));

        var over = JObject.Create(("items", JArray.Create([a, Payloads.OfSize(Limit - 2 - 100_000, seed + 100)])));
        var failed = await Run.Execute(definition, over.ToJson());
        Assert.Equal(StatesErrors.DataLimitExceeded, failed.Error);
        Assert.Equal("The state/task 'M' returned a result with a size exceeding the maximum number of bytes service limit.", failed.Cause);
    }

    [Fact]
    public async Task An_endless_loop_fails_at_the_25000th_event_with_AWS_error_and_cause()
    {
        var run = await Run.Execute("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
              "B":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],"Default":"A"},
              "Done":{"Type":"Succeed"}}}
            """);
        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal(StatesErrors.Runtime, run.Error);
        Assert.Equal("The execution reached the maximum number of history events (25000).", run.Cause);
        Assert.Equal(ServiceLimits.MaxHistoryEvents, run.History.Count);
        var last = run.History[^1];
        Assert.Equal(HistoryEventType.ExecutionFailed, last.Type);
        Assert.Equal(25_000, last.Id);
        Assert.Equal(24_999, last.PreviousEventId);
    }

    /// <summary>A counter loop (Inc, Check) run <paramref name="iterations"/> times, optionally after a Task (five events).</summary>
    private static string CounterLoop(int iterations, bool withTask) => """
        {"StartAt":"START","States":{
          TASK
          "Inc":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, 1)"},"Next":"Check"},
          "Check":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericLessThan":ITERATIONS,"Next":"Inc"}],"Default":"Done"},
          "Done":{"Type":"Succeed"}}}
        """.Replace("START", withTask ? "T" : "Inc", StringComparison.Ordinal)
        .Replace("TASK", withTask ? "\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage\",\"ResultPath\":null,\"Next\":\"Inc\"}," : string.Empty, StringComparison.Ordinal).Replace("ITERATIONS", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Fact]
    public async Task An_execution_whose_25000th_event_is_ExecutionSucceeded_succeeds()
    {
        // 1 + 4 per iteration + 2 (Done) + 1 = 25,000 for 6,249 iterations.
        var run = await Run.Execute(CounterLoop(6_249, withTask: false), """{"n":0}""");
        Run.AssertSucceeded(run);
        Assert.Equal(25_000, run.History.Count);
    }

    [Fact]
    public async Task An_execution_that_needs_25001_events_fails_at_the_25000th()
    {
        // 5 (the Task) + 1 + 4 per iteration + 2 + 1 = 25,001 for 6,248 iterations.
        var run = await Run.Execute(CounterLoop(6_248, withTask: true), """{"n":0}""");
        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal(StatesErrors.Runtime, run.Error);
        Assert.Equal(25_000, run.History.Count);

        var one = await Run.Execute(CounterLoop(6_247, withTask: true), """{"n":0}""");
        Run.AssertSucceeded(one);
        Assert.Equal(24_997, one.History.Count);
    }

    [Fact]
    public void A_long_run_of_states_yields_in_bounded_steps_and_can_be_stopped_between_them()
    {
        var machine = Run.Compile("""
            {"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],"Default":"A"},
              "Done":{"Type":"Succeed"}}}
            """);
        var start = DateTimeOffset.Parse("2024-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/r", start, JObject.Empty);
        var interpreter = new Interpreter(machine, info, TimeProvider.System, new SeededEntropySource(1));

        var first = interpreter.Apply(InterpreterInput.Start(start));
        Assert.True(first.Continues);
        Assert.Equal(1 + (2 * Interpreter.StepStateBudget), first.Events.Count);

        var second = interpreter.Apply(InterpreterInput.Continue(start));
        Assert.True(second.Continues);
        Assert.Equal(2 * Interpreter.StepStateBudget, second.Events.Count);

        var stopped = interpreter.Apply(InterpreterInput.Stop(start, "Stopped", null));
        Assert.True(stopped.Ended);
        Assert.False(stopped.Continues);
        Assert.Equal(ExecutionStatus.ABORTED, interpreter.Status);
        Assert.Same(StepResult.Nothing, interpreter.Apply(InterpreterInput.Continue(start)));
    }

    [Fact]
    public void Logs_of_older_formats_replay_without_limits_or_yields()
    {
        var machine = Run.Compile("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        var start = DateTimeOffset.Parse("2024-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/r", start, Payloads.OfSize(Limit + 1, 7), LogFormat: LogFormat.MissingActivities);
        var interpreter = new Interpreter(machine, info, TimeProvider.System, new SeededEntropySource(1));
        Assert.True(interpreter.Apply(InterpreterInput.Start(start)).Ended);
        Assert.Equal(ExecutionStatus.SUCCEEDED, interpreter.Status);
    }
}
