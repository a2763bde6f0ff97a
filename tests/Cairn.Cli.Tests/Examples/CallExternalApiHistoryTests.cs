using Cairn.Cli.Tests.Support;
using static Cairn.Cli.Tests.Support.History;

namespace Cairn.Cli.Tests.Examples;

public sealed class CallExternalApiHistoryTests
{
    private const string Example = "call-external-api";

    [Fact]
    public async Task HappyPath_calls_the_api_once()
    {
        var events = await ExampleHistory.Of(Example, "HappyPath");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.LambdaTask, E("ExecutionSucceeded")));
    }

    [Fact]
    public async Task RetryThenSuccess_schedules_the_lambda_again_after_each_failure()
    {
        var events = await ExampleHistory.Of(Example, "RetryThenSuccess");

        AssertSections(events, InOrder(
            E("ExecutionStarted", "TaskStateEntered"), Ev.LambdaFails, Ev.LambdaFails, Ev.LambdaOk, E("TaskStateExited", "ExecutionSucceeded")));
        Assert.Equal(["CallExternalApi"], ExampleHistory.StatesEntered(events));
    }

    [Fact]
    public async Task CaughtError_retries_four_times_with_backoff_then_catches_into_the_fallback()
    {
        var events = await ExampleHistory.Of(Example, "CaughtError");

        AssertSections(events, InOrder(
            E("ExecutionStarted", "TaskStateEntered"), Repeat(5, Ev.LambdaFails), E("TaskStateExited"),
            Ev.LambdaTask, E("ExecutionSucceeded")));
        Assert.Equal(["CallExternalApi", "CatchAllFallback"], ExampleHistory.StatesEntered(events));

        // IntervalSeconds 2 and BackoffRate 2: 2, 4, 8 and 16 seconds on the recorded timeline.
        var failures = events.Where(e => e.Type == "LambdaFunctionFailed").Take(4).ToList();
        var retries = events.Where(e => e.Type == "LambdaFunctionScheduled").Skip(1).Take(4).ToList();
        var delays = failures.Zip(retries, (f, r) => Math.Round((r.Timestamp - f.Timestamp).TotalSeconds)).ToArray();
        Assert.Equal([2.0, 4.0, 8.0, 16.0], delays);

        // Without a ResultPath the catcher hands over the error output.
        var fallbackInput = events.Last(e => e.Type == "TaskStateEntered").Details("stateEnteredEventDetails").GetProperty("input").GetString()!;
        Assert.True(JsonText.SameJson("""{"Error":"ExternalApiUnavailable","Cause":"503 Service Unavailable"}""", fallbackInput), fallbackInput);
    }

    [Fact]
    public async Task RetriesNotMocked_fails_without_reaching_the_fallback()
    {
        var events = await ExampleHistory.Of(Example, "RetriesNotMocked");

        AssertSections(events, InOrder(E("ExecutionStarted", "TaskStateEntered"), Ev.LambdaFails, Ev.LambdaFails, E("ExecutionFailed")));
        Assert.Equal("States.Runtime", events[^2].Details("lambdaFunctionFailedEventDetails").GetProperty("error").GetString());
    }
}
