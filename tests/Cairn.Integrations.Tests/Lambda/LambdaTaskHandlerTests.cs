using Cairn.Engine.Tasks;
using Cairn.Integrations.Lambda;
using Cairn.Integrations.Mocks;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Lambda;

/// <summary>Task states calling Lambda: what is sent, how results and errors come back, time limits, and mocks winning.</summary>
public sealed class LambdaTaskHandlerTests : IAsyncLifetime
{
    private readonly LambdaFixture _lambda = new();

    public Task InitializeAsync()
    {
        _lambda.Python("echo", "def handler(event, context):\n    return event\n");
        _lambda.Python("fails", "class NotReady(Exception):\n    pass\ndef handler(event, context):\n    raise NotReady('later')\n");
        _lambda.Python("slow", "import time\ndef handler(event, context):\n    time.sleep(30)\n    return 1\n", timeout: 60);
        _lambda.Python("limit", "def handler(event, context):\n    return 'x' * 300000\n");
        _lambda.Python("quick-timeout", "import time\ndef handler(event, context):\n    time.sleep(30)\n", timeout: 1);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _lambda.DisposeAsync();

    [Fact]
    public async Task LambdaInvokeReturnsInvokesResponseWithThePayload()
    {
        var output = (JObject)Succeeded(await Invoke(LambdaTaskHandler.InvokeResource, """{"FunctionName": "echo", "Payload": {"a": 1}}"""));
        Assert.Equal(["ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode"], output.Keys);
        Assert.Equal("""{"a":1}""", output["Payload"]!.ToJson());
        Assert.Equal(JNumber.From(200), output["StatusCode"]);
        var headers = (JObject)((JObject)output["SdkHttpMetadata"]!)["HttpHeaders"]!;
        Assert.Equal("8", ((JString)headers["Content-Length"]!).Value); // {"a": 1} as Python writes it
        Assert.Equal(((JString)((JObject)output["SdkResponseMetadata"]!)["RequestId"]!).Value, ((JString)headers["x-amzn-RequestId"]!).Value);
    }

    [Fact]
    public async Task AStringPayloadIsSentAsItIs()
    {
        var output = (JObject)Succeeded(await Invoke(LambdaTaskHandler.InvokeResource, """{"FunctionName": "echo", "Payload": "\"text\""}"""));
        Assert.Equal(new JString("text"), output["Payload"]);
    }

    [Fact]
    public async Task AFunctionArnSendsTheInputAndReturnsTheAnswer()
    {
        var output = Succeeded(await Invoke("arn:aws:lambda:us-east-1:111111111111:function:echo", """{"n": [1, 2]}"""));
        Assert.Equal("""{"n":[1,2]}""", output.ToJson());
    }

    [Fact]
    public async Task AHandlerErrorIsNamedByItsErrorType()
    {
        var direct = (TaskResult.Failed)await Invoke("arn:aws:lambda:us-east-1:111111111111:function:fails", "{}");
        Assert.Equal("NotReady", direct.Error);
        Assert.StartsWith("{\"errorMessage\": \"later\", \"errorType\": \"NotReady\"", direct.Cause, StringComparison.Ordinal);

        var service = (TaskResult.Failed)await Invoke(LambdaTaskHandler.InvokeResource, """{"FunctionName": "fails"}""");
        Assert.Equal("NotReady", service.Error);
        Assert.StartsWith("{\"errorMessage\":\"later\",\"errorType\":\"NotReady\"", service.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFunctionTimeoutIsLambdaUnknown()
    {
        var failed = (TaskResult.Failed)await Invoke(LambdaTaskHandler.InvokeResource, """{"FunctionName": "quick-timeout"}""");
        Assert.Equal("Lambda.Unknown", failed.Error);
        Assert.StartsWith("The cause could not be determined because Lambda did not return an error type. Returned payload: {\"errorMessage\":", failed.Cause, StringComparison.Ordinal);
        Assert.EndsWith("Task timed out after 1.00 seconds\"}", failed.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such")]
    [InlineData("arn:aws:lambda:us-east-1:111111111111:function:no-such")]
    [InlineData("111111111111:function:no-such")]
    public async Task AMissingFunctionIsResourceNotFound(string name)
    {
        var failed = (TaskResult.Failed)await Invoke(LambdaTaskHandler.InvokeResource, $$"""{"FunctionName": "{{name}}"}""");
        Assert.Equal("Lambda.ResourceNotFoundException", failed.Error);
        Assert.Matches(
            @"^Function not found: arn:aws:lambda:us-east-1:111111111111:function:no-such:\$LATEST \(Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: [0-9a-f-]{36}; Proxy: null\)$",
            failed.Cause);
    }

    [Fact]
    public async Task TheStatesTimeoutSecondsEndsTheTask()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var failed = (TaskResult.Failed)await Invoke(LambdaTaskHandler.InvokeResource, """{"FunctionName": "slow"}""", timeoutSeconds: 1);
        Assert.Equal("States.Timeout", failed.Error);
        Assert.Null(failed.Cause);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.9, 20);
    }

    [Fact]
    public async Task AResultOverTheLimitIsDataLimitExceeded()
    {
        var failed = (TaskResult.Failed)await Invoke("arn:aws:lambda:us-east-1:111111111111:function:limit", "{}");
        Assert.Equal("States.DataLimitExceeded", failed.Error);
        Assert.Equal("The state/task 'arn:aws:lambda:us-east-1:111111111111:function:limit' returned a result with a size exceeding the maximum number of bytes service limit.", failed.Cause);
    }

    [Fact]
    public async Task WaitForTaskTokenSubmitsTheInvocation()
    {
        var result = await Invoke(LambdaTaskHandler.InvokeWaitForTaskTokenResource, """{"FunctionName": "echo", "Payload": {"token": "t"}}""");
        var submitted = Assert.IsType<TaskResult.Submitted>(result);
        Assert.Equal("""{"token":"t"}""", ((JObject)submitted.Output)["Payload"]!.ToJson());
    }

    [Fact]
    public async Task AMockedStateIsNeverInvoked()
    {
        var mocks = MockConfig.Parse("""
            {"StateMachines": {"m": {"TestCases": {"T": {"Call": "R"}}}},
             "MockedResponses": {"R": {"0": {"Return": {"mocked": true}}}}}
            """);
        var router = new TaskRouter(new MockTaskHandler(mocks), mocks, lambda: _lambda.Service);
        var request = new TaskRequest(LambdaTaskHandler.InvokeResource, JValue.Parse("""{"FunctionName": "fails"}"""), "Call", "m", "arn:x", 0, "T");
        Assert.Equal("""{"mocked":true}""", Succeeded(await router.InvokeAsync(request, CancellationToken.None)).ToJson());
    }

    private static JValue Succeeded(TaskResult result) => result is TaskResult.Succeeded s ? s.Output : throw new Xunit.Sdk.XunitException($"Expected success, got {result}");

    private async Task<TaskResult> Invoke(string resource, string parameters, int? timeoutSeconds = null) =>
        await new LambdaTaskHandler(_lambda.Service).InvokeAsync(
            new TaskRequest(resource, JValue.Parse(parameters), "Call", "m", "arn:aws:states:us-east-1:111111111111:execution:m:e", 0, TimeoutSeconds: timeoutSeconds),
            CancellationToken.None);
}
