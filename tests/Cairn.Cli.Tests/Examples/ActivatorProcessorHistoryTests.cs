using Cairn.Cli.Tests.Support;
using static Cairn.Cli.Tests.Support.History;

namespace Cairn.Cli.Tests.Examples;

public sealed class ActivatorProcessorHistoryTests
{
    private const string Example = "activator-processor";

    [Fact]
    public async Task HappyPath_runs_both_lambdas_then_the_succeed_state()
    {
        var events = await ExampleHistory.Of(Example, "HappyPath");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.LambdaTask, Ev.LambdaTask, E("SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded")));
        Assert.Equal(["Activator", "Processor", "SuccessState"], ExampleHistory.StatesEntered(events));
        // The Activator's result is the Processor's input.
        var processorInput = events.Where(e => e.Type == "LambdaFunctionScheduled").ElementAt(1)
            .Details("lambdaFunctionScheduledEventDetails").GetProperty("input").GetString()!;
        Assert.True(JsonText.SameJson("""{"bucket":"hsi-raw-images","key":"scans/2024-03-01/scene-0001.hdr","activated":true}""", processorInput), processorInput);
    }

    [Fact]
    public async Task ProcessorFails_ends_at_the_failed_lambda()
    {
        var events = await ExampleHistory.Of(Example, "ProcessorFails");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.LambdaTask, E("TaskStateEntered"), Ev.LambdaFails, E("ExecutionFailed")));
        var failed = events[^2].Details("lambdaFunctionFailedEventDetails");
        Assert.Equal("Lambda.AWSLambdaException", failed.GetProperty("error").GetString());
        Assert.Equal("Task timed out after 3.00 seconds", failed.GetProperty("cause").GetString());
    }
}
