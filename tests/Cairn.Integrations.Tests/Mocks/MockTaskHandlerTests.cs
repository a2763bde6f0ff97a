using Cairn.Engine.Tasks;
using Cairn.Integrations.Mocks;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Mocks;

public sealed class MockTaskHandlerTests
{
    private readonly MockTaskHandler _handler = new(MockConfig.Parse(MockConfigTests.AwsExample));

    [Fact]
    public async Task Happy_path_returns_each_states_mocked_result()
    {
        var lambda = await Invoke("LambdaState", "HappyPath", 0);
        var sqs = await Invoke("SQSState", "HappyPath", 0);

        Assert.Equal(
            TaskResult.Success(JValue.Parse("""{"StatusCode":200,"Payload":{"StatusCode":200,"body":"Hello from Lambda!"}}""")),
            lambda);
        Assert.Equal(
            "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51",
            Assert.IsType<JString>(((JObject)Assert.IsType<TaskResult.Succeeded>(sqs).Output)["MessageId"]).Value);
    }

    [Fact]
    public async Task Retry_path_answers_by_invocation_number()
    {
        Assert.Equal(TaskResult.Failure("Lambda.ResourceNotReadyException", "Lambda resource is not ready."), await Invoke("LambdaState", "RetryPath", 0));
        Assert.Equal(TaskResult.Failure("Lambda.TimeoutException", "Lambda timed out."), await Invoke("LambdaState", "RetryPath", 1));
        Assert.Equal(TaskResult.Failure("Lambda.TimeoutException", "Lambda timed out."), await Invoke("LambdaState", "RetryPath", 2));
        Assert.IsType<TaskResult.Succeeded>(await Invoke("LambdaState", "RetryPath", 3));
    }

    [Fact]
    public async Task The_same_invocation_always_gets_the_same_answer()
    {
        // Replaying a history re-asks for an invocation; the answer must not depend on call order.
        var first = await Invoke("LambdaState", "RetryPath", 3);
        var again = await Invoke("LambdaState", "RetryPath", 3);
        var earlier = await Invoke("LambdaState", "RetryPath", 0);

        Assert.Equal(first, again);
        Assert.IsType<TaskResult.Failed>(earlier);
    }

    [Fact]
    public async Task Invocation_past_the_last_range_fails_the_execution()
    {
        var failed = Assert.IsType<TaskResult.Failed>(await Invoke("LambdaState", "HappyPath", 1));

        Assert.Equal("States.Runtime", failed.Error);
        Assert.Equal(MockTaskHandler.UnmockedError, failed.Error);
        Assert.Equal(
            "No mocked response for state 'LambdaState' of state machine 'LambdaSQSIntegration' in test case 'HappyPath': " +
            "mocked response 'MockedLambdaSuccess' answers invocation 0, but this is invocation 1 (retries and Map iterations count).",
            failed.Cause);
    }

    [Fact]
    public async Task Invocation_past_a_multi_invocation_response_names_its_range()
    {
        var failed = Assert.IsType<TaskResult.Failed>(await Invoke("LambdaState", "RetryPath", 4));

        Assert.Contains("mocked response 'MockedLambdaRetry' answers invocations 0-3, but this is invocation 4", failed.Cause);
    }

    [Fact]
    public async Task State_missing_from_the_test_case_fails_naming_state_and_test_case()
    {
        var failed = Assert.IsType<TaskResult.Failed>(await Invoke("SQSState", "HybridPath", 0));

        Assert.Equal(MockTaskHandler.UnmockedError, failed.Error);
        Assert.Equal(
            "No mocked response for state 'SQSState' of state machine 'LambdaSQSIntegration': test case 'HybridPath' does not mock this state.",
            failed.Cause);
    }

    [Fact]
    public async Task Unknown_test_case_fails_naming_it()
    {
        var failed = Assert.IsType<TaskResult.Failed>(await Invoke("LambdaState", "SadPath", 0));

        Assert.Equal(
            "No mocked response for state 'LambdaState' of state machine 'LambdaSQSIntegration' in test case 'SadPath': " +
            "test case 'SadPath' is not defined under StateMachines.LambdaSQSIntegration.TestCases in the mock config.",
            failed.Cause);
    }

    [Fact]
    public async Task Unknown_state_machine_fails_naming_it()
    {
        var failed = Assert.IsType<TaskResult.Failed>(await Invoke("LambdaState", "HappyPath", 0, machine: "Other"));

        Assert.Equal(
            "No mocked response for state 'LambdaState' of state machine 'Other' in test case 'HappyPath': " +
            "state machine 'Other' is not listed under StateMachines in the mock config.",
            failed.Cause);
    }

    [Fact]
    public async Task No_test_case_fails()
    {
        var failed = Assert.IsType<TaskResult.Failed>(await Invoke("LambdaState", null, 0));

        Assert.Equal(MockTaskHandler.UnmockedError, failed.Error);
        Assert.Equal(
            "No mocked response for state 'LambdaState' of state machine 'LambdaSQSIntegration': the execution was started without a test case.",
            failed.Cause);
    }

    [Fact]
    public async Task Callback_tasks_complete_with_the_mocked_result_without_waiting()
    {
        var config = MockConfig.Parse("""
            {"StateMachines": {"M": {"TestCases": {"Approved": {"RequireApproval": "Approve"}}}},
             "MockedResponses": {"Approve": {"0": {"Return": {"approved": true}}}}}
            """);
        var request = new TaskRequest(
            "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            JObject.Empty,
            "RequireApproval",
            "M",
            "arn:aws:states:us-east-1:123456789012:execution:M:e1",
            0,
            "Approved",
            TaskToken: "token-1");

        var result = await new MockTaskHandler(config).InvokeAsync(request, CancellationToken.None);

        Assert.Equal(TaskResult.Success(JValue.Parse("""{"approved":true}""")), result);
    }

    [Fact]
    public async Task Resource_and_parameters_do_not_affect_the_answer()
    {
        var viaLambdaArn = await _handler.InvokeAsync(
            new TaskRequest("arn:aws:lambda:us-east-1:123456789012:function:f", JValue.Parse("""{"a":1}"""), "LambdaState", "LambdaSQSIntegration", "arn", 0, "HappyPath"),
            CancellationToken.None);

        Assert.Equal(await Invoke("LambdaState", "HappyPath", 0), viaLambdaArn);
    }

    private async Task<TaskResult> Invoke(string state, string? testCase, int invocation, string machine = "LambdaSQSIntegration") =>
        await _handler.InvokeAsync(
            new TaskRequest(
                "arn:aws:states:::lambda:invoke",
                JObject.Empty,
                state,
                machine,
                $"arn:aws:states:us-east-1:123456789012:execution:{machine}:test",
                invocation,
                testCase),
            CancellationToken.None);
}
