using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;
using Cairn.Integrations.Mocks;

namespace Cairn.Engine.Tests;

public class MockIntegrationTests
{
    private const string Definition = """
        {"StartAt":"Lambda","States":{
          "Lambda":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},
            "Retry":[{"ErrorEquals":["Lambda.TimeoutException"],"MaxAttempts":3,"IntervalSeconds":1}],
            "ResultSelector":{"body.$":"$.Payload.body"},"Next":"Queue"},
          "Queue":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Parameters":{"QueueUrl":"q","MessageBody.$":"$.body"},"End":true}}}
        """;

    private const string Config = """
        {
          "StateMachines": {
            "Orders": {
              "TestCases": {
                "Happy": { "Lambda": "LambdaOk", "Queue": "SqsOk" },
                "Flaky": { "Lambda": "LambdaFlaky", "Queue": "SqsOk" },
                "Broken": { "Lambda": "LambdaBroken", "Queue": "SqsOk" },
                "Partial": { "Lambda": "LambdaOk" }
              }
            }
          },
          "MockedResponses": {
            "LambdaOk": { "0": { "Return": { "StatusCode": 200, "Payload": { "body": "hello" } } } },
            "LambdaFlaky": {
              "0-1": { "Throw": { "Error": "Lambda.TimeoutException", "Cause": "slow" } },
              "2": { "Return": { "StatusCode": 200, "Payload": { "body": "late" } } }
            },
            "LambdaBroken": { "0": { "Throw": { "Error": "Lambda.Unknown", "Cause": "broken" } } },
            "SqsOk": { "0": { "Return": { "MessageId": "m-1" } } }
          }
        }
        """;

    private static Task<Interpreter> RunCase(string testCase) =>
        Run.Execute(Definition, "{}", new MockTaskHandler(MockConfig.Parse(Config)), Run.Options(testCase, "Orders"));

    [Fact]
    public async Task Happy_path_returns_the_mocked_results()
    {
        var run = await RunCase("Happy");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"MessageId":"m-1"}""", run.Output);
        Run.AssertJson("""{"body":"hello"}""", Run.EnteredInput(run, "Queue"));
    }

    [Fact]
    public async Task Invocation_numbers_select_the_mocked_response_across_retries()
    {
        var run = await RunCase("Flaky");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"body":"late"}""", Run.EnteredInput(run, "Queue"));
        Assert.Equal(2, run.History.Count(e => e.Type == HistoryEventType.TaskFailed));
    }

    [Fact]
    public async Task A_mocked_throw_fails_the_execution()
    {
        var run = await RunCase("Broken");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("Lambda.Unknown", run.Error);
        Assert.Equal("broken", run.Cause);
    }

    [Fact]
    public async Task An_unmocked_state_fails_with_States_Runtime()
    {
        var run = await RunCase("Partial");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal(MockTaskHandler.UnmockedError, run.Error);
        Assert.Contains("'Queue'", run.Cause);
    }

    [Fact]
    public async Task An_unknown_test_case_fails_the_first_task()
    {
        var run = await RunCase("Missing");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("States.Runtime", run.Error);
        Assert.Contains("Missing", run.Cause);
    }
}
