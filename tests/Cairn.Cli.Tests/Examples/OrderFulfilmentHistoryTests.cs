using Cairn.Cli.Tests.Support;
using static Cairn.Cli.Tests.Support.History;

namespace Cairn.Cli.Tests.Examples;

public sealed class OrderFulfilmentHistoryTests
{
    private const string Example = "order-fulfilment";

    private static readonly string[] Iteration = ["MapIterationStarted", .. Ev.LambdaTask, "MapIterationSucceeded"];

    private static readonly string[] UpToMap = ["ExecutionStarted", "PassStateEntered", "PassStateExited", "MapStateEntered", "MapStateStarted"];

    private static readonly string[] MapDoneToCallback =
        ["MapStateSucceeded", "MapStateExited", .. Ev.ServiceTask, "WaitStateEntered", "WaitStateExited", "TaskStateEntered"];

    [Fact]
    public async Task HappyPath_runs_every_state_kind()
    {
        var events = await ExampleHistory.Of(Example, "HappyPath");

        AssertSections(
            events,
            InOrder(UpToMap),
            AnyOrder(Repeat(3, Iteration)),
            InOrder(MapDoneToCallback, Ev.ServiceOk, E("TaskStateExited"), Ev.ServiceTask, E("ParallelStateEntered", "ParallelStateStarted")),
            AnyOrder(Repeat(3, Ev.LambdaTask)),
            InOrder(E("ParallelStateSucceeded", "ParallelStateExited"), Ev.ServiceTask, E("SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded")));

        Assert.Equal(3, events.Single(e => e.Type == "MapStateStarted").Details("mapStateStartedEventDetails").GetProperty("length").GetInt32());
        Assert.Equal(
            [0, 1, 2],
            events.Where(e => e.Type == "MapIterationStarted").Select(e => e.Details("mapIterationStartedEventDetails").GetProperty("index").GetInt32()).Order());
        Assert.Equal(
            ["dynamodb:putItem", "sqs:sendMessage.waitForTaskToken", "sqs:sendMessage", "sns:publish"],
            events.Where(e => e.Type == "TaskScheduled").Select(e =>
            {
                var d = e.Details("taskScheduledEventDetails");
                return d.GetProperty("resourceType").GetString() + ":" + d.GetProperty("resource").GetString();
            }));
    }

    [Fact]
    public async Task HappyPath_records_the_one_hour_wait_on_the_timeline()
    {
        var events = await ExampleHistory.Of(Example, "HappyPath");

        var entered = events.Single(e => e.Type == "WaitStateEntered").Timestamp;
        var exited = events.Single(e => e.Type == "WaitStateExited").Timestamp;
        Assert.InRange((exited - entered).TotalSeconds, 3600, 3601);
    }

    [Fact]
    public async Task ItemProcessingFails_fails_the_map_state()
    {
        var events = await ExampleHistory.Of(Example, "ItemProcessingFails");

        AssertSections(events.Take(UpToMap.Length).ToList(), InOrder(UpToMap));
        // The failed iteration's Task is recorded as aborted after it, then each iteration still running is
        // aborted with the Task it was in, then the Map fails, as AWS records it.
        var types = Types(events);
        var tail = types[types.ToList().IndexOf("MapIterationFailed")..];
        var aborted = (tail.Length - 4) / 2;
        Assert.Equal(
            ["MapIterationFailed", "TaskStateAborted", .. Enumerable.Repeat<string[]>(["MapIterationAborted", "TaskStateAborted"], aborted).SelectMany(p => p), "MapStateFailed", "ExecutionFailed"],
            tail);
        var failed = events.Single(e => e.Type == "MapIterationFailed").Details("mapIterationFailedEventDetails");
        Assert.Equal(1, failed.GetProperty("index").GetInt32());
        Assert.DoesNotContain(events, e => e.Type is "MapStateSucceeded" or "TaskScheduled");
    }

    [Theory]
    [InlineData("CallbackFails", "ProcessingError")]
    [InlineData("CallbackTimesOut", "States.Timeout")]
    public async Task Callback_failure_fails_the_execution(string testCase, string error)
    {
        var events = await ExampleHistory.Of(Example, testCase);

        AssertSections(
            events,
            InOrder(UpToMap),
            AnyOrder(Repeat(3, Iteration)),
            InOrder(MapDoneToCallback, Ev.ServiceFails, E("ExecutionFailed")));
        Assert.Equal(error, events[^2].Details("taskFailedEventDetails").GetProperty("error").GetString());
    }
}
