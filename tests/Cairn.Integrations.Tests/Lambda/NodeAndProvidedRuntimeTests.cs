using System.Text;
using Cairn.Integrations.Lambda;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Lambda;

/// <summary>Node.js handlers (async, callback, ES modules) and custom runtimes (a zip's bootstrap) in real processes.</summary>
public sealed class NodeAndProvidedRuntimeTests : IAsyncLifetime
{
    private readonly LambdaFixture _lambda = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _lambda.DisposeAsync();

    [Fact]
    public async Task AnAsyncCommonJsHandlerGetsTheEventAndContext()
    {
        _lambda.Node("async", "index.js", "exports.handler = async (event, context) => ({ got: event, name: context.functionName, id: context.awsRequestId, left: context.getRemainingTimeInMillis() > 0 });");
        var response = await _lambda.Invoke("async", """{"a":1}""");
        Assert.Null(response.FunctionError);
        Assert.Equal($$"""{"got":{"a":1},"name":"async","id":"{{response.RequestId}}","left":true}""", Encoding.UTF8.GetString(response.Payload));
    }

    [Fact]
    public async Task ACallbackHandlerAnswersThroughItsCallback()
    {
        _lambda.Node("callback", "index.js", "exports.handler = function (event, context, callback) { setTimeout(() => callback(null, event.n + 1), 10); };");
        Assert.Equal("42", Encoding.UTF8.GetString((await _lambda.Invoke("callback", """{"n":41}""")).Payload));
    }

    [Fact]
    public async Task AnEsModuleHandlerIsImported()
    {
        _lambda.Node("esm", "app.mjs", "export const handler = async (event) => event.text.split('').reverse().join('');", handler: "app.handler");
        Assert.Equal("\"olleh\"", Encoding.UTF8.GetString((await _lambda.Invoke("esm", """{"text":"hello"}""")).Payload));
    }

    [Fact]
    public async Task AThrownErrorIsReportedWithItsTypeAndTrace()
    {
        _lambda.Node("throws", "index.js", "class NotReady extends Error { constructor(m) { super(m); this.name = 'NotReady'; } }\nexports.handler = async () => { throw new NotReady('try later'); };");
        var response = await _lambda.Invoke("throws");
        Assert.Equal("Unhandled", response.FunctionError);
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal("NotReady", ((JString)error["errorType"]!).Value);
        Assert.Equal("try later", ((JString)error["errorMessage"]!).Value);
        Assert.Contains((JArray)error["trace"]!, line => ((JString)line).Value.Contains("/var/task/index.js:2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("index.js", "exports.other = () => 1;", "index.handler", "Runtime.HandlerNotFound", "index.handler is undefined or not exported")]
    [InlineData("index.js", "exports.handler = () => {", "index.handler", "Runtime.UserCodeSyntaxError", "SyntaxError: ")]
    [InlineData("index.js", "exports.handler = () => 1;", "missing.handler", "Runtime.ImportModuleError", "Error: Cannot find module 'missing'")]
    public async Task NodeHandlersThatCannotBeLoadedReportAwsErrors(string file, string code, string handler, string errorType, string message)
    {
        _lambda.Node("bad", file, code, handler);
        var response = await _lambda.Invoke("bad");
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal(errorType, ((JString)error["errorType"]!).Value);
        Assert.StartsWith(message, ((JString)error["errorMessage"]!).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomRuntimeRunsTheZipsBootstrap()
    {
        var python = Cairn.Integrations.Lambda.Runtimes.LambdaRuntimes.FindOnPath("python3");
        Assert.True(python is not null, "This test needs python3 on the PATH for its bootstrap.");
        const string bootstrap = """
            #!/usr/bin/env python3
            import http.client, json, os
            api = os.environ["AWS_LAMBDA_RUNTIME_API"]
            while True:
                c = http.client.HTTPConnection(api)
                c.request("GET", "/2018-06-01/runtime/invocation/next")
                r = c.getresponse()
                event = json.loads(r.read())
                rid = r.getheader("Lambda-Runtime-Aws-Request-Id")
                body = json.dumps({"handler": os.environ["_HANDLER"], "echo": event, "arn": r.getheader("Lambda-Runtime-Invoked-Function-Arn")})
                c.request("POST", "/2018-06-01/runtime/invocation/" + rid + "/response", body)
                c.getresponse().read()
            """;
        _lambda.Service.CreateFunction(new CreateFunctionRequest
        {
            FunctionName = "custom",
            Runtime = "provided.al2023",
            Handler = "my.handler",
            ZipFile = LambdaFixture.Zip(("bootstrap", bootstrap.Replace("\r", string.Empty, StringComparison.Ordinal), (UnixFileMode?)(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute))),
        });
        var response = await _lambda.Invoke("custom", """{"x": 1}""");
        Assert.Equal("""{"handler": "my.handler", "echo": {"x": 1}, "arn": "arn:aws:lambda:us-east-1:111111111111:function:custom"}""", Encoding.UTF8.GetString(response.Payload));
    }

    [Fact]
    public async Task ACustomRuntimeWithoutBootstrapIsAnInvalidEntrypoint()
    {
        _lambda.Service.CreateFunction(new CreateFunctionRequest { FunctionName = "nobootstrap", Runtime = "provided.al2", Handler = "x", ZipFile = LambdaFixture.Zip(("readme.txt", "no bootstrap")) });
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString((await _lambda.Invoke("nobootstrap")).Payload));
        Assert.Equal("Runtime.InvalidEntrypoint", ((JString)error["errorType"]!).Value);
        Assert.Equal("Couldn't find valid bootstrap(s): [/var/task/bootstrap /opt/bootstrap]", ((JString)error["errorMessage"]!).Value);
    }
}
