using System.Text;
using Cairn.Integrations.Lambda;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Lambda;

/// <summary>Python handlers in real sandbox processes: results, AWS's error documents, the context object, warm reuse and logs.</summary>
public sealed class PythonRuntimeTests : IAsyncLifetime
{
    private readonly LambdaFixture _lambda = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _lambda.DisposeAsync();

    [Fact]
    public async Task ReturnsTheHandlersResultAsPythonSerializesIt()
    {
        _lambda.Python("echo", "def handler(event, context):\n    return {'got': event, 'n': 1.0}\n");
        var response = await _lambda.Invoke("echo", """{"a": [1, "x", null]}""");

        Assert.Equal(200, response.StatusCode);
        Assert.Null(response.FunctionError);
        Assert.Equal("$LATEST", response.ExecutedVersion);
        Assert.Equal("""{"got": {"a": [1, "x", null]}, "n": 1.0}""", Encoding.UTF8.GetString(response.Payload));
    }

    [Fact]
    public async Task WarmSandboxesAreReused()
    {
        _lambda.Python("pid", "import os\ndef handler(event, context):\n    return os.getpid()\n");
        var first = Encoding.UTF8.GetString((await _lambda.Invoke("pid")).Payload);
        var second = Encoding.UTF8.GetString((await _lambda.Invoke("pid")).Payload);
        Assert.Equal(first, second);
        Assert.Single(_lambda.Service.SandboxProcessIds);
    }

    [Fact]
    public async Task AnExceptionIsReportedAsAwsErrorDocument()
    {
        _lambda.Python("boom", "def handler(event, context):\n    raise ValueError('bad value')\n");
        var response = await _lambda.Invoke("boom");

        Assert.Equal("Unhandled", response.FunctionError);
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal(["errorMessage", "errorType", "requestId", "stackTrace"], error.Keys);
        Assert.Equal("bad value", ((JString)error["errorMessage"]!).Value);
        Assert.Equal("ValueError", ((JString)error["errorType"]!).Value);
        Assert.Equal(response.RequestId, ((JString)error["requestId"]!).Value);
        var frame = Assert.Single((JArray)error["stackTrace"]!);
        Assert.Equal("  File \"/var/task/handler.py\", line 2, in handler\n    raise ValueError('bad value')\n", ((JString)frame).Value);
    }

    [Fact]
    public async Task TheContextObjectAndReservedEnvironmentAreSet()
    {
        _lambda.Python(
            "ctx",
            "import os\ndef handler(event, context):\n    return {'name': context.function_name, 'version': context.function_version, 'id': context.aws_request_id,\n" +
            "        'arn': context.invoked_function_arn, 'memory': context.memory_limit_in_mb, 'remaining': context.get_remaining_time_in_millis(),\n" +
            "        'env': {k: os.environ.get(k) for k in ['_HANDLER', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_LAMBDA_FUNCTION_NAME', 'AWS_EXECUTION_ENV', 'GREETING', 'TZ', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_ACCESS_KEY_ID']},\n" +
            "        'root': os.environ['LAMBDA_TASK_ROOT'] == os.getcwd(), 'api': os.environ['AWS_LAMBDA_RUNTIME_API'].startswith('127.0.0.1:')}\n",
            timeout: 20,
            environment: new Dictionary<string, string> { ["GREETING"] = "hello" });
        var response = await _lambda.Invoke("ctx");
        var result = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));

        Assert.Equal("ctx", ((JString)result["name"]!).Value);
        Assert.Equal("$LATEST", ((JString)result["version"]!).Value);
        Assert.Equal(response.RequestId, ((JString)result["id"]!).Value);
        Assert.Equal("arn:aws:lambda:us-east-1:111111111111:function:ctx", ((JString)result["arn"]!).Value);
        Assert.Equal("128", ((JString)result["memory"]!).Value);
        Assert.InRange(((JNumber)result["remaining"]!).IntegerValue, 1, 20_000);
        Assert.Equal(
            """{"_HANDLER":"handler.handler","AWS_REGION":"us-east-1","AWS_DEFAULT_REGION":"us-east-1","AWS_LAMBDA_FUNCTION_NAME":"ctx","AWS_EXECUTION_ENV":"AWS_Lambda_python3.11","GREETING":"hello","TZ":":UTC","AWS_LAMBDA_LOG_GROUP_NAME":"/aws/lambda/ctx","AWS_ACCESS_KEY_ID":"test"}""",
            result["env"]!.ToJson());
        Assert.Equal(JBool.True, result["root"]);
        Assert.Equal(JBool.True, result["api"]);
    }

    [Fact]
    public async Task BytesAreSentAsTheyAre()
    {
        _lambda.Python("bytes", "def handler(event, context):\n    return b'\"raw\"'\n");
        Assert.Equal("\"raw\"", Encoding.UTF8.GetString((await _lambda.Invoke("bytes")).Payload));
    }

    [Fact]
    public async Task TailReturnsTheInvocationsLog()
    {
        _lambda.Python("log", "def handler(event, context):\n    print('hello from', event['who'])\n    return 1\n");
        var response = await _lambda.Invoke("log", """{"who": "cairn"}""", logType: "Tail");

        var log = Encoding.UTF8.GetString(Convert.FromBase64String(response.LogResult!));
        Assert.StartsWith($"START RequestId: {response.RequestId} Version: $LATEST\n", log, StringComparison.Ordinal);
        Assert.Contains("hello from cairn\n", log, StringComparison.Ordinal);
        Assert.Contains($"END RequestId: {response.RequestId}\nREPORT RequestId: {response.RequestId}\tDuration: ", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyPayloadIsAnEmptyObject()
    {
        _lambda.Python("empty", "def handler(event, context):\n    return event\n");
        var response = await _lambda.Service.InvokeAsync(new InvokeRequest("empty", ReadOnlyMemory<byte>.Empty));
        Assert.Equal("{}", Encoding.UTF8.GetString(response.Payload));
    }

    [Fact]
    public async Task AVersionThatIsNotInstalledRunsOnTheMachinesPythonWithAWarning()
    {
        await using var lambda = new LambdaFixture(o => o with { FindProgram = name => name == "python3.13" ? null : Cairn.Integrations.Lambda.Runtimes.LambdaRuntimes.FindOnPath(name) });
        lambda.Python("future", "import sys\ndef handler(event, context):\n    return sys.version_info[0]\n", runtime: "python3.13");
        Assert.Equal("3", Encoding.UTF8.GetString((await lambda.Invoke("future")).Payload));
        var warning = Assert.Single(lambda.Warnings);
        Assert.Contains("python3.13 is not installed: running with ", warning, StringComparison.Ordinal);
    }
}
