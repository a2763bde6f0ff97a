using Cairn.Cli.Tests.Support;
using static Cairn.Cli.Tests.Support.History;

namespace Cairn.Cli.Tests.Examples;

public sealed class HelloWorldReverseHistoryTests
{
    private const string Example = "hello-world-reverse";

    [Fact]
    public async Task HappyPath_hands_only_the_body_to_reverse()
    {
        var events = await ExampleHistory.Of(Example, "HappyPath");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.LambdaTask, Ev.LambdaTask, E("ExecutionSucceeded")));
        Assert.Equal(["HelloWorld", "Reverse"], ExampleHistory.StatesEntered(events));
        var reverse = events.Where(e => e.Type == "LambdaFunctionScheduled").ElementAt(1).Details("lambdaFunctionScheduledEventDetails");
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:reverse", reverse.GetProperty("resource").GetString());
        Assert.Equal("""{"payload":"HI MOM"}""", reverse.GetProperty("input").GetString());
    }

    [Fact]
    public async Task HelloWorldFails_ends_after_the_first_lambda()
    {
        var events = await ExampleHistory.Of(Example, "HelloWorldFails");

        AssertSections(events, InOrder(E("ExecutionStarted", "TaskStateEntered"), Ev.LambdaFails, E("ExecutionFailed")));
    }
}
