using Cairn.Cli.Tests.Support;
using static Cairn.Cli.Tests.Support.History;

namespace Cairn.Cli.Tests.Examples;

public sealed class AltarPipelineHistoryTests
{
    private const string Example = "altar-pipeline";

    [Theory]
    [InlineData("HappyPath")]
    [InlineData("UnknownStatusTakesDefaults")]
    public async Task Both_choices_continue_through_the_wait_and_the_recorder(string testCase)
    {
        var events = await ExampleHistory.Of(Example, testCase);

        AssertSections(events, InOrder(
            E("ExecutionStarted"), Ev.ServiceTask, Ev.Choice, Ev.ServiceTask, Ev.Choice,
            E("WaitStateEntered", "WaitStateExited"), Ev.ServiceTask, Ev.ServiceTask, E("ExecutionSucceeded")));
        Assert.Equal(
            ["ALTAR_INSTALLATION", "ALTAR_CONTINUE_TO_EXECUTION", "ALTAR_EXECUTION", "ALTAR_CONTINUE_TO_RECORD", "WAIT_LOGS", "ALTAR_RECORD", "ALTAR_CLEANUP"],
            ExampleHistory.StatesEntered(events));

        // The 5-second Wait is skipped in real time but not in the recorded timeline.
        var waitEntered = events.Single(e => e.Type == "WaitStateEntered").Timestamp;
        var waitExited = events.Single(e => e.Type == "WaitStateExited").Timestamp;
        Assert.InRange((waitExited - waitEntered).TotalSeconds, 4.9, 6.0);
    }

    [Fact]
    public async Task Lambda_invoke_tasks_record_the_lambda_resource_and_parameters()
    {
        var events = await ExampleHistory.Of(Example, "HappyPath");

        var scheduled = events.First(e => e.Type == "TaskScheduled").Details("taskScheduledEventDetails");
        Assert.Equal("lambda", scheduled.GetProperty("resourceType").GetString());
        Assert.Equal("invoke", scheduled.GetProperty("resource").GetString());
        var parameters = scheduled.GetProperty("parameters").GetString()!;
        Assert.True(
            JsonText.SameJson("""{"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:AltarInstaller:$LATEST","Payload":{"body":{"altarId":"altar-42","environment":"staging"}}}""", parameters),
            parameters);
    }

    [Fact]
    public async Task InstallationFails_goes_from_the_first_choice_to_cleanup()
    {
        var events = await ExampleHistory.Of(Example, "InstallationFails");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.ServiceTask, Ev.Choice, Ev.ServiceTask, E("ExecutionSucceeded")));
        Assert.Equal(["ALTAR_INSTALLATION", "ALTAR_CONTINUE_TO_EXECUTION", "ALTAR_CLEANUP"], ExampleHistory.StatesEntered(events));
    }

    [Fact]
    public async Task InstallerOmitsStatus_fails_in_the_choice_state()
    {
        var events = await ExampleHistory.Of(Example, "InstallerOmitsStatus");

        AssertSections(events, InOrder(E("ExecutionStarted"), Ev.ServiceTask, E("ChoiceStateEntered", "ExecutionFailed")));
        Assert.Equal(7, events.Single(e => e.Type == "ChoiceStateEntered").Id);
    }

    [Fact]
    public async Task InstallerCrashes_records_the_task_failure()
    {
        var events = await ExampleHistory.Of(Example, "InstallerCrashes");

        AssertSections(events, InOrder(E("ExecutionStarted", "TaskStateEntered"), Ev.ServiceFails, E("ExecutionFailed")));
        var failed = events[^2].Details("taskFailedEventDetails");
        Assert.Equal("Lambda.ServiceException", failed.GetProperty("error").GetString());
    }
}
