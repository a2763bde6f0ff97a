using System.Net;
using System.Net.Sockets;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Integrations.Lambda;
using Cairn.Integrations.Tests.Aws.Faults;
using Cairn.Json;
using static Cairn.Integrations.Tests.Aws.Tasks.TaskCalls;

namespace Cairn.Integrations.Tests.Aws.Tasks;

/// <summary>Lambda tasks sent to Lambda's endpoint (<c>LAMBDA_ENDPOINT</c>, <c>--endpoint lambda=URL</c>): signed Invoke calls, Lambda's answers and errors as a Task sees them.</summary>
public sealed class RemoteLambdaTests
{
    private const string FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:greet";

    [Fact]
    public async Task AFunctionArnIsInvokedAtTheEndpointSigned()
    {
        await using var endpoint = FakeEndpoint.Answering(200, """{"hello":"world"}""", "application/json", ("X-Amz-Executed-Version", "$LATEST"));
        var output = Succeeded(await Invoke(Router(endpoint.Uri), FunctionArn, """{"name":"x"}"""));
        Assert.Equal("""{"hello":"world"}""", output.ToJson());
        var head = endpoint.LastRequestHead!;
        Assert.StartsWith($"POST /2015-03-31/functions/{Uri.EscapeDataString(FunctionArn)}/invocations ", head, StringComparison.Ordinal);
        Assert.Contains("Authorization: AWS4-HMAC-SHA256 Credential=testing/", head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/us-east-1/lambda/aws4_request", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LambdaInvokeReturnsTheInvokeOutput()
    {
        await using var endpoint = FakeEndpoint.Answering(200, """{"n":1}""", "application/json", ("X-Amz-Executed-Version", "3"));
        var output = Succeeded(await Invoke(Router(endpoint.Uri), LambdaTaskHandler.InvokeResource, """{"FunctionName":"greet","Payload":{"a":1},"Qualifier":"3"}"""));
        Assert.Equal("""{"n":1}""", output["Payload"]!.ToJson());
        Assert.Equal(JNumber.From(200), output["StatusCode"]);
        Assert.Equal(new JString("3"), output["ExecutedVersion"]);
        Assert.Contains("?Qualifier=3 ", endpoint.LastRequestHead!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFunctionErrorIsNamedByItsErrorType()
    {
        await using var endpoint = FakeEndpoint.Answering(200, """{"errorMessage":"later","errorType":"NotReady"}""", "application/json", ("X-Amz-Function-Error", "Unhandled"));
        var failed = Failed(await Invoke(Router(endpoint.Uri), FunctionArn, "{}"));
        Assert.Equal("NotReady", failed.Error);
        Assert.Equal("""{"errorMessage":"later","errorType":"NotReady"}""", failed.Cause);
    }

    [Fact]
    public async Task LambdasApiErrorsAreLambdaErrors()
    {
        await using var endpoint = FakeEndpoint.Answering(404, """{"Type":"User","Message":"Function not found: greet"}""", "application/json", ("x-amzn-ErrorType", "ResourceNotFoundException"));
        var failed = Failed(await Invoke(Router(endpoint.Uri), FunctionArn, "{}"));
        Assert.Equal("Lambda.ResourceNotFoundException", failed.Error);
        Assert.Contains("Function not found: greet", failed.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableEndpointIsAClientError()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var failed = Failed(await Invoke(Router(new Uri($"http://127.0.0.1:{port}")), FunctionArn, "{}"));
        Assert.Equal("Lambda.SdkClientException", failed.Error);
        Assert.Contains("Connection refused", failed.Cause, StringComparison.Ordinal);
    }

    private static TaskRouter Router(Uri lambdaEndpoint) =>
        new(NoTaskHandler.Instance, aws: new AwsTaskHandler(new AwsClient(new AwsClientOptions
        {
            Endpoints = new AwsEndpoints(new Dictionary<string, Uri> { ["lambda"] = lambdaEndpoint }, _ => null),
            Credentials = AwsCredentialChain.Of(new AwsCredentials("testing", "testing")),
            Region = "us-east-1",
            Retry = new AwsRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10) },
            AttemptTimeout = TimeSpan.FromSeconds(30),
        })));

    private static Task<TaskResult> Invoke(TaskRouter router, string resource, string parameters) =>
        router.InvokeAsync(
            new TaskRequest(resource, JValue.Parse(parameters), "Task", "Machine", "arn:aws:states:us-east-1:123456789012:execution:Machine:e", 0),
            CancellationToken.None).AsTask();
}
