using Cairn.Cli.Tests.Support;
using static Cairn.Cli.Tests.Support.History;

namespace Cairn.Cli.Tests.Examples;

public sealed class OrderProcessingSamHistoryTests
{
    private const string Example = "order-processing-sam";

    [Fact]
    public async Task HappyPath_runs_three_lambdas_in_sequence()
    {
        var events = await ExampleHistory.Of(Example, "HappyPath");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.LambdaTask, Ev.LambdaTask, Ev.LambdaTask, E("ExecutionSucceeded")));
        Assert.Equal(["ValidateOrder", "ProcessPayment", "Notify"], ExampleHistory.StatesEntered(events));
    }

    [Fact]
    public async Task PaymentFails_ends_at_the_payment_lambda()
    {
        var events = await ExampleHistory.Of(Example, "PaymentFails");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.LambdaTask, E("TaskStateEntered"), Ev.LambdaFails, E("ExecutionFailed")));
        Assert.Equal(["ValidateOrder", "ProcessPayment"], ExampleHistory.StatesEntered(events));
    }
}
