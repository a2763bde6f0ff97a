using System.Diagnostics;
using System.Text;
using Cairn.Integrations.Lambda;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Lambda;

/// <summary>Functions that go wrong get Lambda's errors, and nothing leaks: bad packages, bad handlers, hangs, floods of output, exits and crashes.</summary>
[Collection(nameof(SandboxStressCollection))]
public sealed class BadFunctionTests : IAsyncLifetime
{
    private readonly LambdaFixture _lambda = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _lambda.DisposeAsync();

    [Fact]
    public void AnInvalidZipIsRefused()
    {
        var e = Assert.Throws<LambdaException>(() => _lambda.Service.CreateFunction(new CreateFunctionRequest
        {
            FunctionName = "broken", Runtime = "python3.11", Handler = "handler.handler", ZipFile = Encoding.UTF8.GetBytes("not a zip"),
        }));
        Assert.Equal("InvalidParameterValueException", e.ErrorCode);
        Assert.Equal("Could not unzip uploaded file. Please check your file, then try to upload again.", e.Message);
    }

    [Fact]
    public void AZipEntryOutsideItsFolderIsRefused()
    {
        var e = Assert.Throws<LambdaException>(() => _lambda.Service.CreateFunction(new CreateFunctionRequest
        {
            FunctionName = "escape", Runtime = "python3.11", Handler = "handler.handler", ZipFile = LambdaFixture.Zip(("../evil.py", "x = 1")),
        }));
        Assert.Equal("InvalidParameterValueException", e.ErrorCode);
    }

    [Fact]
    public void ReservedEnvironmentVariablesAreRefused()
    {
        var e = Assert.Throws<LambdaException>(() => _lambda.Python("reserved", "def handler(e, c):\n    return 1\n", environment: new Dictionary<string, string> { ["AWS_REGION"] = "x" }));
        Assert.Equal("InvalidParameterValueException", e.ErrorCode);
        Assert.EndsWith("Reserved keys used in this request: AWS_REGION", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("handler.py", "x = 1\n", "missing.handler", "Runtime.ImportModuleError", "Unable to import module 'missing': No module named 'missing'")]
    [InlineData("handler.py", "x = 1\n", "handler.handler", "Runtime.HandlerNotFound", "Handler 'handler' missing on module 'handler'")]
    [InlineData("handler.py", "def handler(event, context)\n    return 1\n", "handler.handler", "Runtime.UserCodeSyntaxError", "Syntax error in module 'handler': ")]
    [InlineData("handler.py", "x = 1\n", "nodot", "Runtime.MalformedHandlerName", "Bad handler 'nodot'")]
    public async Task PythonHandlersThatCannotBeLoadedReportAwsErrors(string file, string code, string handler, string errorType, string message)
    {
        _lambda.Service.CreateFunction(new CreateFunctionRequest { FunctionName = "bad", Runtime = "python3.11", Handler = handler, ZipFile = LambdaFixture.Zip((file, code)) });
        var response = await _lambda.Invoke("bad");

        Assert.Equal("Unhandled", response.FunctionError);
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal(errorType, ((JString)error["errorType"]!).Value);
        Assert.StartsWith(message, ((JString)error["errorMessage"]!).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHandlerThatNeverAnswersTimesOutAndItsSandboxIsReplaced()
    {
        _lambda.Python("slow", "import os, time\ndef handler(event, context):\n    if event.get('sleep'):\n        time.sleep(600)\n    return os.getpid()\n", timeout: 1);
        var first = int.Parse(Encoding.UTF8.GetString((await _lambda.Invoke("slow")).Payload), System.Globalization.CultureInfo.InvariantCulture);

        var watch = Stopwatch.StartNew();
        var response = await _lambda.Invoke("slow", """{"sleep": true}""");
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.9, 30);
        Assert.Equal("Unhandled", response.FunctionError);
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal(["errorMessage"], error.Keys);
        Assert.EndsWith($" {response.RequestId} Task timed out after 1.00 seconds", ((JString)error["errorMessage"]!).Value, StringComparison.Ordinal);
        await LambdaFixture.Eventually(() => !LambdaFixture.IsRunning(first), "the timed-out sandbox is gone");

        var next = int.Parse(Encoding.UTF8.GetString((await _lambda.Invoke("slow")).Payload), System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(first, next);
    }

    [Theory]
    [InlineData("import os\ndef handler(event, context):\n    os._exit(3)\n", "Runtime exited with error: exit status 3")]
    [InlineData("import ctypes\ndef handler(event, context):\n    ctypes.string_at(0)\n", "Runtime exited with error: signal: segmentation fault")]
    [InlineData("import sys\ndef handler(event, context):\n    sys.exit(0)\n", "Runtime exited without providing a reason")]
    public async Task ASandboxThatDiesReportsRuntimeExitErrorAndIsReplaced(string code, string reason)
    {
        _lambda.Python("dies", code);
        var response = await _lambda.Invoke("dies");

        Assert.Equal("Unhandled", response.FunctionError);
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal("Runtime.ExitError", ((JString)error["errorType"]!).Value);
        Assert.Equal($"RequestId: {response.RequestId} Error: {reason}", ((JString)error["errorMessage"]!).Value);
        await LambdaFixture.Eventually(() => _lambda.Service.SandboxProcessIds.Count == 0, "the dead sandbox is dropped");

        // The next invocation gets a new sandbox (which dies the same way).
        var again = await _lambda.Invoke("dies");
        Assert.Equal("Unhandled", again.FunctionError);
    }

    [Fact]
    public async Task AHandlerPrinting100MegabytesKeepsOnlyTheTail()
    {
        _lambda.Python("chatty", "import sys\ndef handler(event, context):\n    chunk = 'x' * 1048575 + '\\n'\n    for _ in range(100):\n        sys.stdout.write(chunk)\n    print('the end')\n    return 'done'\n", timeout: 120);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var response = await _lambda.Invoke("chatty", logType: "Tail");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal("\"done\"", Encoding.UTF8.GetString(response.Payload));
        var tail = Convert.FromBase64String(response.LogResult!);
        Assert.InRange(tail.Length, 1, 4096);
        Assert.Contains("the end\nEND RequestId: ", Encoding.UTF8.GetString(tail), StringComparison.Ordinal);
        Assert.True(allocated < 40L * 1024 * 1024, $"Invoking a handler that prints 100 MB allocated {allocated / 1024 / 1024} MB.");
    }

    [Fact]
    public async Task AThousandInvocationsAtOnceQueueForTheFunctionsSandboxes()
    {
        _lambda.Python("many", "def handler(event, context):\n    return event['i'] * 2\n");
        var peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, _lambda.Service.SandboxProcessIds.Count);
                await Task.Delay(5);
            }
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => _lambda.Invoke("many", $$"""{"i": {{i}}}""")));
        await sampling.CancelAsync();
        await sampler;

        Assert.All(results, r => Assert.Null(r.FunctionError));
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (i * 2).ToString(System.Globalization.CultureInfo.InvariantCulture)), results.Select(r => Encoding.UTF8.GetString(r.Payload)));
        Assert.InRange(peak, 1, _lambda.Options.MaxConcurrency);
    }

    [Fact]
    public async Task AnUnknownFunctionIsNotFound()
    {
        var e = await Assert.ThrowsAsync<LambdaException>(() => _lambda.Invoke("nothing-here"));
        Assert.Equal("ResourceNotFoundException", e.ErrorCode);
        Assert.Equal("Function not found: arn:aws:lambda:us-east-1:111111111111:function:nothing-here:$LATEST", e.Message);
    }

    [Fact]
    public async Task APayloadThatIsNotJsonIsRefused()
    {
        _lambda.Python("json", "def handler(event, context):\n    return event\n");
        var e = await Assert.ThrowsAsync<LambdaException>(() => _lambda.Invoke("json", "{not json"));
        Assert.Equal("InvalidRequestContentException", e.ErrorCode);
    }

    [Fact]
    public async Task AResponseOverSixMegabytesIsAnError()
    {
        _lambda.Python("huge", "def handler(event, context):\n    return 'x' * 7000000\n");
        var response = await _lambda.Invoke("huge");
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal("Function.ResponseSizeTooLarge", ((JString)error["errorType"]!).Value);
    }

    [Fact]
    public async Task AnUnsupportedRuntimeSaysSo()
    {
        _lambda.Service.CreateFunction(new CreateFunctionRequest { FunctionName = "ruby", Runtime = "ruby3.3", Handler = "handler.handler", ZipFile = LambdaFixture.Zip(("handler.rb", "x")) });
        var response = await _lambda.Invoke("ruby");
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal("Runtime.InvalidRuntime", ((JString)error["errorType"]!).Value);
    }

    [Fact]
    public async Task IdleSandboxesStopAfterTheIdleTimeout()
    {
        await using var lambda = new LambdaFixture(o => o with { IdleTimeout = TimeSpan.FromMilliseconds(500) });
        lambda.Python("idle", "import os\ndef handler(event, context):\n    return os.getpid()\n");
        var pid = int.Parse(Encoding.UTF8.GetString((await lambda.Invoke("idle")).Payload), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(LambdaFixture.IsRunning(pid));
        await LambdaFixture.Eventually(() => !LambdaFixture.IsRunning(pid) && lambda.Service.SandboxProcessIds.Count == 0, "the idle sandbox stops");
    }
}

/// <summary>Tests that start many processes or measure allocations run alone.</summary>
[CollectionDefinition(nameof(SandboxStressCollection), DisableParallelization = true)]
public sealed class SandboxStressCollection;
