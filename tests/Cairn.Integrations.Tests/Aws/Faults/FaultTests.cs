using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Http;
using Cairn.Json;
using static Cairn.Integrations.Tests.Aws.Tasks.TaskCalls;

namespace Cairn.Integrations.Tests.Aws.Faults;

/// <summary>Endpoints that fail: each a clear AWS-style task error, retried as the SDKs retry, bounded in time and memory.</summary>
public sealed class FaultTests
{
    private const string SendMessage = "arn:aws:states:::aws-sdk:sqs:sendMessage";
    private const string Parameters = """{"QueueUrl":"http://127.0.0.1/123456789012/q","MessageBody":"m"}""";

    [Fact]
    public async Task AnUnreachableEndpointIsAClientErrorAfterTheRetries()
    {
        var port = ClosedPort();
        var failed = Failed(await InvokeAsync(SendMessage, Parameters, handler: Handler(Options(new Uri($"http://127.0.0.1:{port}")))));
        Assert.Equal("Sqs.SdkClientException", failed.Error);
        Assert.Equal($"Unable to execute HTTP request: http://127.0.0.1:{port}: Connection refused", failed.Cause);
    }

    [Fact]
    public async Task GarbageIsAClientErrorSayingWhatCame()
    {
        await using var endpoint = FakeEndpoint.Answering(200, "<html>not json</html>", "text/html");
        var failed = Failed(await InvokeAsync(SendMessage, Parameters, handler: Handler(Options(endpoint.Uri))));
        Assert.Equal("Sqs.SdkClientException", failed.Error);
        Assert.StartsWith("Unable to unmarshall response: the service answered HTTP 200 with a body that is not JSON", failed.Cause);
        Assert.Contains("<html>not json</html>", failed.Cause);
        Assert.Equal(1, endpoint.Requests);
    }

    [Fact]
    public async Task ServerErrorsAreRetriedThreeTimesThenReported()
    {
        await using var endpoint = FakeEndpoint.Answering(503, "Service Unavailable", "text/plain");
        var failed = Failed(await InvokeAsync(SendMessage, Parameters, handler: Handler(Options(endpoint.Uri))));
        Assert.Equal("Sqs.SqsException", failed.Error);
        Assert.StartsWith("The service answered HTTP 503: Service Unavailable (Service: Sqs, Status Code: 503, Request ID: ", failed.Cause);
        Assert.Equal(3, endpoint.Requests);
    }

    [Fact]
    public async Task ThrottlingIsRetriedAndModelledErrorsAreNot()
    {
        await using var throttled = FakeEndpoint.Answering(400, """{"__type":"com.amazonaws.sqs#RequestThrottled","message":"slow down"}""");
        Assert.Equal("Sqs.RequestThrottledException", Failed(await InvokeAsync(SendMessage, Parameters, handler: Handler(Options(throttled.Uri)))).Error);
        Assert.Equal(3, throttled.Requests);

        await using var missing = FakeEndpoint.Answering(400, """{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"no queue"}""");
        var failed = Failed(await InvokeAsync(SendMessage, Parameters, handler: Handler(Options(missing.Uri))));
        Assert.Equal("Sqs.QueueDoesNotExistException", failed.Error);
        Assert.Equal(1, missing.Requests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ATenMegabyteResponseIsRefusedWithoutBeingBuffered(bool announceLength)
    {
        await using var endpoint = FakeEndpoint.Huge(10 * 1024 * 1024, announceLength);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var failed = Failed(await InvokeAsync(SendMessage, Parameters, handler: Handler(Options(endpoint.Uri))));
        Assert.Equal("Sqs.SdkClientException", failed.Error);
        Assert.Contains("is larger than the limit of 4194304 bytes", failed.Cause);
        Assert.Equal(1, endpoint.Requests);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 32 * 1024 * 1024, "the response was buffered");
    }

    [Fact]
    public async Task AnEndpointThatNeverAnswersTimesOut()
    {
        await using var endpoint = FakeEndpoint.Silent();
        var options = Options(endpoint.Uri) with { AttemptTimeout = TimeSpan.FromMilliseconds(300) };
        var watch = Stopwatch.StartNew();
        var failed = Failed(await InvokeAsync(SendMessage, Parameters, handler: Handler(options)));
        Assert.Equal("Sqs.SdkClientException", failed.Error);
        Assert.Contains("did not answer within 0.3 seconds", failed.Cause);
        Assert.Equal(3, endpoint.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task MissingCredentialsSayWhereTheyWereLookedFor()
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        var options = Options(new Uri("http://127.0.0.1:1")) with { Credentials = new AwsCredentialChain(environment.GetValueOrDefault) };
        var failed = Failed(await InvokeAsync(SendMessage, Parameters, handler: Handler(options)));
        Assert.Equal("Sqs.SdkClientException", failed.Error);
        Assert.StartsWith("Unable to load AWS credentials from any provider in the chain: environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY); profile 'default'", failed.Cause);
    }

    [Fact]
    public async Task AFailingCallIsRetriedAndCaughtByTheStateMachine()
    {
        var port = ClosedPort();
        var definition = $$$$"""
            {"StartAt":"Send","States":{
              "Send":{"Type":"Task","Resource":"{{{{SendMessage}}}}","Parameters":{{{{Parameters}}}},
                "Retry":[{"ErrorEquals":["Sqs.SdkClientException"],"MaxAttempts":2,"IntervalSeconds":1}],
                "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
              "Caught":{"Type":"Pass","End":true}}}
            """;
        var machine = StateMachineCompiler.TryCompile(definition, ValidationOptions.Standard, out var diagnostics) ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
        var tasks = new TaskRouter(NoTaskHandler.Instance, aws: Handler(Options(new Uri($"http://127.0.0.1:{port}"))));
        var execution = await LocalExecution.RunAsync(machine, JObject.Empty, tasks, new LocalExecutionOptions { TimeScale = 0 });

        Assert.Equal(ExecutionStatus.SUCCEEDED, execution.Status);
        Assert.Equal(3, execution.History.Count(e => e.Type == Cairn.Engine.History.HistoryEventType.TaskFailed));
        Assert.Equal("Sqs.SdkClientException", ((JString)((JObject)execution.Output!)["Error"]!).Value);
    }

    private static AwsClientOptions Options(Uri endpoint) => new()
    {
        Endpoints = new AwsEndpoints(new Dictionary<string, Uri> { ["*"] = endpoint }, _ => null),
        Credentials = AwsCredentialChain.Of(new AwsCredentials("testing", "testing")),
        Region = "us-east-1",
        Retry = new AwsRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10) },
        AttemptTimeout = TimeSpan.FromSeconds(30),
    };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
