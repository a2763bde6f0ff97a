using Cairn.Asl;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests.Hosting;

/// <summary>
/// AWS's limits for Express executions: no history limit, at most 5 minutes (then TIMED_OUT, as
/// a TimeoutSeconds does), in bounded memory however many events they record.
/// </summary>
public sealed class ExpressLimitsTests
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:fast";

    private const string EndlessPassLoop = """
        {"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
          "B":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],"Default":"A"},
          "Done":{"Type":"Succeed"}}}
        """;

    private static string WaitLoop(string timeout) => """
        {TIMEOUT"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":7,"Next":"C"},
          "C":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],"Default":"W"},
          "Done":{"Type":"Succeed"}}}
        """.Replace("TIMEOUT", timeout, StringComparison.Ordinal);

    [Fact]
    public async Task An_endless_loop_runs_past_25000_events_and_times_out_after_five_minutes_in_bounded_memory()
    {
        // Every reading of the clock moves it 2 ms: five virtual minutes pass within a few seconds.
        var clock = new TickingClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(2));
        using var express = new ExpressExecutions(new ExpressExecutionOptions { Time = clock, TimeScale = new TimeScale(0) });

        var run = await express.RunAsync(Start(EndlessPassLoop), CancellationToken.None);

        Assert.Equal(ExecutionStatus.TIMED_OUT, run.Status);
        Assert.Null(run.Error);
        Assert.Null(run.Cause);
        Assert.True(run.EventCount > ServiceLimits.MaxHistoryEvents, $"{run.EventCount} events");
        var took = run.StopDate!.Value - run.Info.StartTime;
        Assert.InRange(took, TimeSpan.FromSeconds(ServiceLimits.MaxExpressDurationSeconds), TimeSpan.FromSeconds(ServiceLimits.MaxExpressDurationSeconds + 5));

        // Only the last event is kept: the last one, ExecutionTimedOut, numbered as all before it.
        var last = Assert.Single(run.History);
        Assert.Equal(HistoryEventType.ExecutionTimedOut, last.Type);
        Assert.Equal(run.EventCount, last.Id);
    }

    [Theory]
    [InlineData("", 300)]
    [InlineData("\"TimeoutSeconds\":10,", 10)]
    [InlineData("\"TimeoutSeconds\":299,", 299)]
    [InlineData("\"TimeoutSeconds\":301,", 300)]
    [InlineData("\"TimeoutSeconds\":99999999,", 300)]
    public async Task An_express_execution_times_out_at_its_TimeoutSeconds_or_five_minutes_whichever_is_first(string timeout, int seconds)
    {
        using var express = new ExpressExecutions(new ExpressExecutionOptions { TimeScale = new TimeScale(0) });

        var run = await express.RunAsync(Start(WaitLoop(timeout)), CancellationToken.None);

        Assert.Equal(ExecutionStatus.TIMED_OUT, run.Status);
        var took = run.StopDate!.Value - run.Info.StartTime;
        Assert.InRange(took, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds + 5));
    }

    [Fact]
    public async Task A_background_express_execution_ends_timed_out()
    {
        using var express = new ExpressExecutions(new ExpressExecutionOptions { TimeScale = new TimeScale(0) });

        var start = express.StartInBackground(Start(WaitLoop(string.Empty)));
        var ended = await start.Ended.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(ExecutionStatus.RUNNING, start.Execution.Status);
        Assert.Equal(ExecutionStatus.TIMED_OUT, ended.Status);
        Assert.Equal(start.Execution.StartDate.AddSeconds(ServiceLimits.MaxExpressDurationSeconds), ended.StopDate!.Value, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task At_time_scale_0_a_running_task_is_not_timed_out_by_the_skipped_time()
    {
        // The task takes real time (a little); five virtual minutes must not be taken as passed meanwhile.
        var tasks = new SlowTaskHandler(TimeSpan.FromMilliseconds(300));
        using var express = new ExpressExecutions(new ExpressExecutionOptions { Tasks = tasks, TimeScale = new TimeScale(0) });
        const string definition = """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Next":"W"},
              "W":{"Type":"Wait","Seconds":200,"Next":"T2"},
              "T2":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","End":true}}}
            """;

        var run = await express.RunAsync(Start(definition), CancellationToken.None);

        Assert.Equal(ExecutionStatus.SUCCEEDED, run.Status);

        // Each task ran once: a task that ends while the run sleeps toward a timer is not invoked again.
        Assert.Equal(2, tasks.Invocations);
    }

    [Fact]
    public async Task A_task_that_outlasts_the_express_duration_times_out_the_execution()
    {
        // TimeoutSeconds 1 stands for the 5 minutes (the same timer): a task of 30 real seconds ends it after 1.
        var tasks = new SlowTaskHandler(TimeSpan.FromSeconds(30));
        using var express = new ExpressExecutions(new ExpressExecutionOptions { Tasks = tasks, TimeScale = new TimeScale(0) });
        const string definition = """
            {"TimeoutSeconds":1,"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","End":true}}}
            """;

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = await express.RunAsync(Start(definition), CancellationToken.None);

        Assert.Equal(ExecutionStatus.TIMED_OUT, run.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(25), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_standard_execution_keeps_its_history_limit_and_its_whole_history()
    {
        var run = await Run.Execute(EndlessPassLoop);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal(ServiceLimits.MaxHistoryEvents, run.History.Count);
        Assert.Equal(ServiceLimits.MaxHistoryEvents, run.EventCount);
    }

    private static ExecutionStartRequest Start(string definition)
    {
        var compiled = StateMachineCompiler.TryCompile(definition, ValidationOptions.Express, out var diagnostics);
        Assert.True(compiled is not null, string.Join("; ", diagnostics.Select(d => d.Message)));
        var revision = new StateMachineRevision("r1", MachineArn, definition, "arn:aws:iam::123456789012:role/r", "{}", "{}", null, DateTimeOffset.UnixEpoch);
        var machine = new StateMachineRecord(MachineArn, "fast", StateMachineKind.EXPRESS, DateTimeOffset.UnixEpoch, revision);
        var name = Guid.NewGuid().ToString();
        return new ExecutionStartRequest(machine, compiled!, Engine.Arns.StatesArn.Parse(MachineArn).ExpressExecution(name, Guid.NewGuid()), name, JValue.Parse("{}"), "{}");
    }

    /// <summary>A clock that moves on by <paramref name="tick"/> each time it is read.</summary>
    private sealed class TickingClock(DateTimeOffset start, TimeSpan tick) : TimeProvider
    {
        private long _ticks = start.UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, tick.Ticks), TimeSpan.Zero);
    }

    /// <summary>Answers every task with <c>{}</c> after <paramref name="delay"/> of real time.</summary>
    private sealed class SlowTaskHandler(TimeSpan delay) : ITaskHandler
    {
        private int _invocations;

        public int Invocations => _invocations;

        public async ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _invocations);
            await Task.Delay(delay, cancellationToken);
            return TaskResult.Success(JValue.Parse("{}"));
        }
    }
}
