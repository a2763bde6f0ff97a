using Cairn.Cli.Tests.Support;
using static Cairn.Cli.Tests.Support.History;

namespace Cairn.Cli.Tests.Examples;

public sealed class OrderProcessingHistoryTests
{
    private const string Example = "order-processing";

    private static readonly string[] UpToPayment =
        ["ExecutionStarted", .. Ev.LambdaTask, .. Ev.LambdaTask, .. Ev.Choice, .. Ev.Choice];

    private static readonly string[] ParallelBranches = Repeat(3, Ev.LambdaTask);

    [Fact]
    public async Task HappyPath_runs_three_parallel_branches()
    {
        var events = await ExampleHistory.Of(Example, "HappyPath");

        AssertSections(
            events,
            InOrder(UpToPayment, Ev.LambdaTask, E("ParallelStateEntered", "ParallelStateStarted")),
            AnyOrder(ParallelBranches),
            InOrder(E("ParallelStateSucceeded", "ParallelStateExited", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded")));
        Assert.Equal(
            ["ValidateOrder", "CheckInventory", "IsInStock", "CheckOrderAmount", "ProcessPayment", "NotifyAndShip", "OrderComplete"],
            ExampleHistory.StatesEntered(events).Where(n => n is not ("SendConfirmation" or "InitiateShipment" or "UpdateAnalytics")));
        Assert.Equal(
            ["InitiateShipment", "SendConfirmation", "UpdateAnalytics"],
            ExampleHistory.StatesEntered(events).Where(n => n is "SendConfirmation" or "InitiateShipment" or "UpdateAnalytics").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LargeOrderApproved_goes_through_the_callback_task()
    {
        var events = await ExampleHistory.Of(Example, "LargeOrderApproved");

        AssertSections(
            events,
            InOrder(UpToPayment, Ev.ServiceTask, Ev.Choice, Ev.LambdaTask, E("ParallelStateEntered", "ParallelStateStarted")),
            AnyOrder(ParallelBranches),
            InOrder(E("ParallelStateSucceeded", "ParallelStateExited", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded")));
        var scheduled = events.Single(e => e.Type == "TaskScheduled").Details("taskScheduledEventDetails");
        Assert.Equal("sqs", scheduled.GetProperty("resourceType").GetString());
        Assert.Equal("sendMessage.waitForTaskToken", scheduled.GetProperty("resource").GetString());
        var body = JsonText.Parse(scheduled.GetProperty("parameters").GetString()!).GetProperty("MessageBody");
        Assert.Equal("ORD-002", body.GetProperty("orderId").GetString());
        Assert.Equal(2500, body.GetProperty("amount").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("taskToken").GetString()));
    }

    [Fact]
    public async Task PaymentRetriedThenSucceeds_retries_the_payment_twice()
    {
        var events = await ExampleHistory.Of(Example, "PaymentRetriedThenSucceeds");

        AssertSections(
            events,
            InOrder(UpToPayment, E("TaskStateEntered"), Ev.LambdaFails, Ev.LambdaFails, Ev.LambdaOk, E("TaskStateExited", "ParallelStateEntered", "ParallelStateStarted")),
            AnyOrder(ParallelBranches),
            InOrder(E("ParallelStateSucceeded", "ParallelStateExited", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded")));
    }

    [Fact]
    public async Task PaymentServiceDown_gives_up_after_three_retries()
    {
        var events = await ExampleHistory.Of(Example, "PaymentServiceDown");

        AssertSections(events, InOrder(UpToPayment, E("TaskStateEntered"), Repeat(4, Ev.LambdaFails), E("ExecutionFailed")));
    }

    [Fact]
    public async Task ValidationFails_is_caught_into_the_fail_state()
    {
        var events = await ExampleHistory.Of(Example, "ValidationFails");

        AssertSections(events, InOrder(E("ExecutionStarted", "TaskStateEntered"), Ev.LambdaFails, E("TaskStateExited", "FailStateEntered", "ExecutionFailed")));
        Assert.Equal(["ValidateOrder", "OrderValidationFailed"], ExampleHistory.StatesEntered(events));
        Assert.Equal("Order ORD-001 has no shipping address", events[4].Details("lambdaFunctionFailedEventDetails").GetProperty("cause").GetString());
    }

    [Fact]
    public async Task OutOfStock_notifies_then_fails()
    {
        var events = await ExampleHistory.Of(Example, "OutOfStock");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.LambdaTask, Ev.LambdaTask, Ev.Choice, Ev.LambdaTask, E("FailStateEntered", "ExecutionFailed")));
        Assert.Equal(["ValidateOrder", "CheckInventory", "IsInStock", "OutOfStock", "OrderFailed"], ExampleHistory.StatesEntered(events));
    }

    [Fact]
    public async Task ShipmentFails_fails_the_parallel_state()
    {
        var events = await ExampleHistory.Of(Example, "ShipmentFails");

        AssertSections(
            events.Take(UpToPayment.Length + Ev.LambdaTask.Length + 2).ToList(),
            InOrder(UpToPayment, Ev.LambdaTask, E("ParallelStateEntered", "ParallelStateStarted")));
        Assert.Equal(["ParallelStateFailed", "ExecutionFailed"], Types(events)[^2..]);
        var failed = events.Single(e => e.Type == "LambdaFunctionFailed").Details("lambdaFunctionFailedEventDetails");
        Assert.Equal("ShipmentError", failed.GetProperty("error").GetString());
        Assert.DoesNotContain(events, e => e.Type == "ParallelStateSucceeded");
    }
}
