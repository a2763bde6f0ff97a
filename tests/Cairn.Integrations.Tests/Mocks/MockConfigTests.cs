using Cairn.Engine.Tasks;
using Cairn.Integrations.Mocks;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Mocks;

public sealed class MockConfigTests
{
    // The example from AWS's "Configuration file for mocked service integrations" page.
    internal const string AwsExample = """
        {
          "StateMachines": {
            "LambdaSQSIntegration": {
              "TestCases": {
                "HappyPath": { "LambdaState": "MockedLambdaSuccess", "SQSState": "MockedSQSSuccess" },
                "RetryPath": { "LambdaState": "MockedLambdaRetry", "SQSState": "MockedSQSSuccess" },
                "HybridPath": { "LambdaState": "MockedLambdaSuccess" }
              }
            }
          },
          "MockedResponses": {
            "MockedLambdaSuccess": {
              "0": { "Return": { "StatusCode": 200, "Payload": { "StatusCode": 200, "body": "Hello from Lambda!" } } }
            },
            "LambdaMockedResourceNotReady": {
              "0": { "Throw": { "Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready." } }
            },
            "MockedSQSSuccess": {
              "0": { "Return": { "MD5OfMessageBody": "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51", "MessageId": "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51" } }
            },
            "MockedLambdaRetry": {
              "0": { "Throw": { "Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready." } },
              "1-2": { "Throw": { "Error": "Lambda.TimeoutException", "Cause": "Lambda timed out." } },
              "3": { "Return": { "StatusCode": 200, "Payload": { "StatusCode": 200, "body": "Hello from Lambda!" } } }
            }
          }
        }
        """;

    [Fact]
    public void Loads_the_AWS_documentation_example()
    {
        var config = MockConfig.Parse(AwsExample);

        Assert.Equal(["LambdaSQSIntegration"], config.StateMachineNames);
        Assert.Equal(["HappyPath", "RetryPath", "HybridPath"], config.TestCasesOf("LambdaSQSIntegration").Select(t => t.Name));
        Assert.Equal(4, config.MockedResponses.Count);
        Assert.True(config.TryGetTestCase("LambdaSQSIntegration", "HybridPath", out var hybrid));
        Assert.Equal(["LambdaState"], hybrid.States.Keys);
        Assert.Same(config.MockedResponses["MockedLambdaSuccess"], hybrid.States["LambdaState"]);
    }

    [Fact]
    public void Ranges_are_inclusive_and_sorted_by_first_invocation()
    {
        var config = MockConfig.Parse("""
            {"StateMachines": {}, "MockedResponses": {"R": {
              "3": {"Return": 3}, "0": {"Return": 0}, "1-2": {"Return": 12}
            }}}
            """);

        var response = config.MockedResponses["R"];
        Assert.Equal(["0", "1-2", "3"], response.Ranges.Select(r => r.ToString()));
        Assert.Equal(4, response.InvocationCount);
        Assert.Equal(Success(0), Outcome(response, 0));
        Assert.Equal(Success(12), Outcome(response, 1));
        Assert.Equal(Success(12), Outcome(response, 2));
        Assert.Equal(Success(3), Outcome(response, 3));
    }

    [Fact]
    public void No_response_past_the_last_range()
    {
        var response = MockConfig.Parse("""
            {"StateMachines": {}, "MockedResponses": {"R": {"0-1": {"Return": "x"}}}}
            """).MockedResponses["R"];

        Assert.False(response.TryGetOutcome(2, out _));
        Assert.False(response.TryGetOutcome(-1, out _));
    }

    [Fact]
    public void Return_is_kept_verbatim_whatever_its_type()
    {
        var response = MockConfig.Parse("""
            {"StateMachines": {}, "MockedResponses": {"R": {
              "0": {"Return": {"StatusCode": 200, "Payload": {"status": "success", "n": 1.50}}},
              "1": {"Return": null},
              "2": {"Return": [1, "two", false]},
              "3": {"Return": "text"}
            }}}
            """).MockedResponses["R"];

        Assert.Equal(Success(JValue.Parse("""{"StatusCode":200,"Payload":{"status":"success","n":1.50}}""")), Outcome(response, 0));
        Assert.Equal(Success(JValue.Parse("null")), Outcome(response, 1));
        Assert.Equal(Success(JValue.Parse("""[1,"two",false]""")), Outcome(response, 2));
        Assert.Equal(Success("text"), Outcome(response, 3));
    }

    [Fact]
    public void Throw_gives_a_failure_with_error_and_cause()
    {
        var response = MockConfig.Parse("""
            {"StateMachines": {}, "MockedResponses": {"R": {
              "0": {"Throw": {"Error": "Lambda.TimeoutException", "Cause": "Lambda timed out."}},
              "1": {"Throw": {"Error": "CustomError"}}
            }}}
            """).MockedResponses["R"];

        Assert.Equal(TaskResult.Failure("Lambda.TimeoutException", "Lambda timed out."), Outcome(response, 0));
        Assert.Equal(TaskResult.Failure("CustomError", null), Outcome(response, 1));
    }

    [Fact]
    public void Test_case_may_be_empty()
    {
        var config = MockConfig.Parse("""{"StateMachines": {"M": {"TestCases": {"Nothing": {}}}}, "MockedResponses": {}}""");

        Assert.True(config.TryGetTestCase("M", "Nothing", out var testCase));
        Assert.Empty(testCase.States);
    }

    [Fact]
    public void Lookups_are_case_sensitive()
    {
        var config = MockConfig.Parse(AwsExample);

        Assert.False(config.TryGetTestCase("lambdasqsintegration", "HappyPath", out _));
        Assert.False(config.TryGetTestCase("LambdaSQSIntegration", "happypath", out _));
        Assert.Empty(config.TestCasesOf("Other"));
    }

    [Fact]
    public void Loads_from_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cairn-mock-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, AwsExample);
        try
        {
            Assert.True(MockConfig.Load(path).HasStateMachine("LambdaSQSIntegration"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static TaskResult Success(JValue value) => TaskResult.Success(value);

    private static TaskResult Outcome(MockedResponse response, int invocation)
    {
        Assert.True(response.TryGetOutcome(invocation, out var outcome));
        return outcome;
    }
}
