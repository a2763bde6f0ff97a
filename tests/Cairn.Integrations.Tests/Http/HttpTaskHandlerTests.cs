using System.Net;
using System.Net.Sockets;
using System.Text;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Http;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Integrations.Tests.Http;

/// <summary>The HTTP Task against a loopback HTTP server: what is sent, the connection's authentication and parameters, the result, AWS's errors.</summary>
public sealed class HttpTaskHandlerTests
{
    private readonly InMemoryConnectionStore _connections = new();

    [Fact]
    public async Task AGetSendsTheQueryAndTheApiKeyAndReturnsTheParsedAnswer()
    {
        await using var server = LoopbackHttpServer.Answering(200, """{"customers":[1,2]}""");
        var arn = Connect("keyed", Connection.ApiKey, """
            {"ApiKeyAuthParameters":{"ApiKeyName":"x-api-key","ApiKeyValue":"s3cret"},
             "InvocationHttpParameters":{"HeaderParameters":[{"Key":"x-tenant","Value":"t1"}],"QueryStringParameters":[{"Key":"region","Value":"eu"}]}}
            """);
        var output = Succeeded(await Invoke($$$"""
            {"ApiEndpoint":"{{{server.Uri}}}v1/customers","Method":"GET","Authentication":{"ConnectionArn":"{{{arn}}}"},
             "QueryParameters":{"limit":"10","region":"us"},"Headers":{"Accept":"application/json","x-tenant":"mine"}}
            """));

        Assert.Equal(["Headers", "ResponseBody", "StatusCode", "StatusText"], output.Keys);
        Assert.Equal("""{"customers":[1,2]}""", output["ResponseBody"]!.ToJson());
        Assert.Equal(JNumber.From(200), output["StatusCode"]);
        Assert.Equal(new JString("OK"), output["StatusText"]);
        Assert.Equal("""["application/json"]""", ((JObject)output["Headers"]!)["Content-Type"]!.ToJson());
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/customers?limit=10&region=eu", request.PathAndQuery);
        Assert.Equal("s3cret", request.Headers["x-api-key"]);
        Assert.Equal("t1", request.Headers["x-tenant"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
    }

    [Fact]
    public async Task APostSendsJsonWithBasicAuthAndTheConnectionsBodyParameters()
    {
        await using var server = LoopbackHttpServer.Answering(201, "created", "text/plain");
        var arn = Connect("basic", Connection.Basic, """
            {"BasicAuthParameters":{"Username":"ann","Password":"pw"},"InvocationHttpParameters":{"BodyParameters":[{"Key":"source","Value":"cairn","IsValueSecret":true}]}}
            """);
        var output = Succeeded(await Invoke($$$"""
            {"ApiEndpoint":"{{{server.Uri}}}orders","Method":"POST","Authentication":{"ConnectionArn":"{{{arn}}}"},"RequestBody":{"id":7,"source":"me"}}
            """));

        Assert.Equal(new JString("created"), output["ResponseBody"]);
        Assert.Equal(JNumber.From(201), output["StatusCode"]);
        var request = Assert.Single(server.Requests);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ann:pw")), request.Headers["Authorization"]);
        Assert.Equal("application/json; charset=UTF-8", request.Headers["Content-Type"]);
        Assert.Equal("""{"id":7,"source":"cairn"}""", request.Body);
    }

    [Theory]
    [InlineData("INDICES", "a%5B0%5D=1&a%5B1%5D=2&n=x%20y")]
    [InlineData("BRACKETS", "a%5B%5D=1&a%5B%5D=2&n=x%20y")]
    [InlineData("REPEAT", "a=1&a=2&n=x%20y")]
    [InlineData("COMMAS", "a=1%2C2&n=x%20y")]
    public async Task AUrlEncodedBodyIsFormEncodedByItsArrayFormat(string format, string expected)
    {
        await using var server = LoopbackHttpServer.Answering(200, "{}");
        var arn = Connect("form", Connection.ApiKey, """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}""");
        Succeeded(await Invoke($$$"""
            {"ApiEndpoint":"{{{server.Uri}}}form","Method":"POST","Authentication":{"ConnectionArn":"{{{arn}}}"},"RequestBody":{"a":[1,2],"n":"x y"},
             "Transform":{"RequestBodyEncoding":"URL_ENCODED","RequestEncodingOptions":{"ArrayFormat":"{{{format}}}"} } }
            """));
        var request = Assert.Single(server.Requests);
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.Equal(expected, request.Body);
    }

    [Fact]
    public async Task OAuthClientCredentialsFetchATokenOnceAndSendItAsBearer()
    {
        var tokens = 0;
        await using var server = new LoopbackHttpServer((request, response) =>
        {
            if (request.PathAndQuery.StartsWith("/token", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref tokens);
                var valid = request.Headers["Authorization"] == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("client:secret"))
                    && request.Body == "grant_type=client_credentials&scope=read";
                return LoopbackHttpServer.WriteAsync(response, valid ? 200 : 401, valid ? """{"access_token":"tok-1","expires_in":3600}""" : """{"error":"invalid_client"}""");
            }

            return LoopbackHttpServer.WriteAsync(response, request.Headers.GetValueOrDefault("Authorization") == "Bearer tok-1" ? 200 : 401, "{}");
        });
        var arn = Connect("oauth", Connection.OAuthClientCredentials, $$$"""
            {"OAuthParameters":{"ClientParameters":{"ClientID":"client","ClientSecret":"secret"},"AuthorizationEndpoint":"{{{server.Uri}}}token","HttpMethod":"POST",
              "OAuthHttpParameters":{"BodyParameters":[{"Key":"grant_type","Value":"client_credentials"},{"Key":"scope","Value":"read"}]} } }
            """);
        var call = $$$"""{"ApiEndpoint":"{{{server.Uri}}}data","Method":"GET","Authentication":{"ConnectionArn":"{{{arn}}}"}}""";
        var handler = new HttpTaskHandler(_connections);
        Succeeded(await Invoke(call, handler));
        Succeeded(await Invoke(call, handler));
        Assert.Equal(1, tokens);
    }

    [Fact]
    public async Task AnAnswerThatIsNotTwoHundredFailsWithItsStatusCode()
    {
        await using var server = LoopbackHttpServer.Answering(404, """{"message":"no such customer"}""");
        var arn = Connect("c404", Connection.ApiKey, """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}""");
        var failed = Failed(await Invoke($$$"""{"ApiEndpoint":"{{{server.Uri}}}c/1","Method":"DELETE","Authentication":{"ConnectionArn":"{{{arn}}}"}}"""));
        Assert.Equal("States.Http.StatusCode.404", failed.Error);
        var cause = (JObject)JValue.Parse(failed.Cause!);
        Assert.Equal(JNumber.From(404), cause["StatusCode"]);
        Assert.Equal("""{"message":"no such customer"}""", cause["ResponseBody"]!.ToJson());
    }

    [Fact]
    public async Task NoAnswerIsASocketError()
    {
        var arn = Connect("gone", Connection.ApiKey, """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}""");
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var refused = Failed(await Invoke($$$"""{"ApiEndpoint":"http://127.0.0.1:{{{port}}}/x","Method":"GET","Authentication":{"ConnectionArn":"{{{arn}}}"}}"""));
        Assert.Equal("States.Http.Socket", refused.Error);
        Assert.Contains("Connection refused", refused.Cause, StringComparison.Ordinal);

        await using var silent = new LoopbackHttpServer((_, _) => Task.Delay(Timeout.Infinite));
        var slow = Failed(await Invoke(
            $$$"""{"ApiEndpoint":"{{{silent.Uri}}}slow","Method":"GET","Authentication":{"ConnectionArn":"{{{arn}}}"}}""",
            new HttpTaskHandler(_connections, timeout: TimeSpan.FromMilliseconds(500))));
        Assert.Equal("States.Http.Socket", slow.Error);
        Assert.Contains("did not complete within 0.5 seconds", slow.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHugeAnswerIsRefusedWithoutBeingBuffered()
    {
        var huge = new string('x', HttpTaskHandler.MaxResponseBytes + 1);
        await using var server = LoopbackHttpServer.Answering(200, huge, "text/plain");
        var arn = Connect("huge", Connection.ApiKey, """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}""");
        var failed = Failed(await Invoke($$$"""{"ApiEndpoint":"{{{server.Uri}}}big","Method":"GET","Authentication":{"ConnectionArn":"{{{arn}}}"}}"""));
        Assert.Equal("States.DataLimitExceeded", failed.Error);
    }

    [Theory]
    [InlineData("""{"Method":"GET","Authentication":{"ConnectionArn":"CONN"}}""", "'ApiEndpoint' is required")]
    [InlineData("""{"ApiEndpoint":"ftp://host/x","Method":"GET","Authentication":{"ConnectionArn":"CONN"}}""", "is not an absolute http(s) URL")]
    [InlineData("""{"ApiEndpoint":"http://127.0.0.1:1/x","Method":"FETCH","Authentication":{"ConnectionArn":"CONN"}}""", "The Method 'FETCH' is not supported")]
    [InlineData("""{"ApiEndpoint":"http://127.0.0.1:1/x","Method":"GET"}""", "The HTTP Task needs a connection")]
    [InlineData("""{"ApiEndpoint":"http://127.0.0.1:1/x","Method":"GET","Authentication":{"ConnectionArn":"arn:aws:events:us-east-1:123456789012:connection/none/1"}}""", "does not exist")]
    [InlineData("""{"ApiEndpoint":"http://127.0.0.1:1/x","Method":"GET","Authentication":{"ConnectionArn":"CONN"},"Headers":{"Host":"evil"}}""", "The header 'Host' cannot be set")]
    [InlineData("""{"ApiEndpoint":"http://127.0.0.1:1/x","Method":"POST","Authentication":{"ConnectionArn":"CONN"},"RequestBody":"text","Transform":{"RequestBodyEncoding":"URL_ENCODED"}}""", "must be a JSON object")]
    [InlineData("""{"ApiEndpoint":"http://127.0.0.1:1/x","Method":"GET","Authentication":{"ConnectionArn":"CONN"},"Transform":{"RequestBodyEncoding":"URL_ENCODED","RequestEncodingOptions":{"ArrayFormat":"PIPES"}}}""", "The ArrayFormat 'PIPES' is not supported")]
    [InlineData("""{"ApiEndpoint":"http://127.0.0.1:1/x","Method":"GET","Authentication":{"ConnectionArn":"CONN"},"Body":{}}""", "The field 'Body' is not supported")]
    public async Task BadParametersAreARuntimeErrorSayingWhat(string parameters, string expected)
    {
        var arn = Connect("valid", Connection.ApiKey, """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}""");
        var failed = Failed(await Invoke(parameters.Replace("CONN", arn, StringComparison.Ordinal)));
        Assert.Equal("States.Runtime", failed.Error);
        Assert.Contains(expected, failed.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedCallIsRetriedAndCaughtByTheStateMachine()
    {
        await using var server = LoopbackHttpServer.Answering(503, "busy", "text/plain");
        var arn = Connect("retry", Connection.ApiKey, """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}""");
        var definition = $$$"""
            {"StartAt":"Call","States":{
              "Call":{"Type":"Task","Resource":"arn:aws:states:::http:invoke",
                "Parameters":{"ApiEndpoint":"{{{server.Uri}}}x","Method":"GET","Authentication":{"ConnectionArn":"{{{arn}}}"}},
                "Retry":[{"ErrorEquals":["States.Http.StatusCode.503"],"MaxAttempts":2,"IntervalSeconds":1}],
                "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
              "Caught":{"Type":"Pass","End":true} } }
            """;
        var machine = StateMachineCompiler.TryCompile(definition, ValidationOptions.Standard, out var diagnostics) ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
        var execution = await LocalExecution.RunAsync(machine, JObject.Empty, new TaskRouter(NoTaskHandler.Instance, http: new HttpTaskHandler(_connections)), new LocalExecutionOptions { TimeScale = 0 });

        Assert.Equal(ExecutionStatus.SUCCEEDED, execution.Status);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal("States.Http.StatusCode.503", ((JString)((JObject)execution.Output!)["Error"]!).Value);
    }

    private string Connect(string name, string type, string authParameters)
    {
        var now = DateTimeOffset.UtcNow;
        var connection = new Connection
        {
            Name = name,
            Arn = Connection.NewArn("us-east-1", "123456789012", name),
            AuthorizationType = type,
            AuthParameters = (JObject)JValue.Parse(authParameters),
            CreationTime = now,
            LastModifiedTime = now,
        };
        Assert.True(_connections.TryCreateConnection(connection));
        return connection.Arn;
    }

    private Task<TaskResult> Invoke(string parameters, HttpTaskHandler? handler = null) =>
        (handler ?? new HttpTaskHandler(_connections)).InvokeAsync(
            new TaskRequest(HttpTaskHandler.InvokeResource, JValue.Parse(parameters), "Call", "Machine", "arn:aws:states:us-east-1:123456789012:execution:Machine:e", 0),
            CancellationToken.None).AsTask();

    private static JObject Succeeded(TaskResult result) =>
        result is TaskResult.Succeeded { Output: JObject output } ? output : throw new Xunit.Sdk.XunitException($"expected success, got {result}");

    private static TaskResult.Failed Failed(TaskResult result) =>
        result as TaskResult.Failed ?? throw new Xunit.Sdk.XunitException($"expected a failure, got {result}");
}
