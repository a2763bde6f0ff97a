using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cairn.Server.Console;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Console;

/// <summary>The console's page, files, settings and change stream beside the API on the same port.</summary>
public sealed class ConsoleEndpointTests : IAsyncLifetime
{
    private const string Waiting = """
        {"StartAt":"Wait for token","States":{"Wait for token":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}
        """;

    private InProcessServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await InProcessServer.StartAsync();
        _http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = _server.Server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task The_page_is_served_at_the_root_with_a_strict_policy_and_the_api_stays_on_post()
    {
        using var page = await _http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Matches("<script type=\"module\" crossorigin src=\"/console/assets/index-[^\"]+\\.js\"></script>", html);

        var listed = await _server.Client.CallAsync("ListStateMachines", new JsonObject());
        Assert.Empty(listed["stateMachines"]!.AsArray());
    }

    [Fact]
    public async Task Built_files_are_served_compressed_cached_and_revalidated()
    {
        var html = await _http.GetStringAsync("/");
        var script = Regex.Match(html, "src=\"(/console/assets/[^\"]+\\.js)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);

        using var again = new HttpRequestMessage(HttpMethod.Get, script);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await _http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var missing = await _http.GetAsync("/console/assets/nothing-here.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // Dot segments are resolved before the request is sent (/etc/passwd is not the console's: the API answers a GET with 405);
        // escaped ones reach the console, which serves only its own files.
        using var outside = await _http.GetAsync("/console/../../etc/passwd");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, outside.StatusCode);
        using var escaped = await _http.GetAsync("/console/..%2F..%2Fetc%2Fpasswd");
        Assert.Equal(HttpStatusCode.NotFound, escaped.StatusCode);
        Assert.DoesNotContain("root:", await escaped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_say_what_the_page_needs_to_know_and_no_more()
    {
        var config = JsonNode.Parse(await _http.GetStringAsync(ConsoleEndpoints.ConfigPath))!.AsObject();
        Assert.Equal("us-east-1", (string?)config["region"]);
        Assert.False((bool)config["signatureRequired"]!);
        Assert.Equal(["states", "lambda"], config["services"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(3, config.Count);
    }

    [Fact]
    public async Task An_execution_stream_tells_of_each_change_as_it_is_committed()
    {
        var machine = (string)(await _server.Client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = "waits", ["definition"] = Waiting, ["roleArn"] = "arn:aws:iam::123456789012:role/r" }))["stateMachineArn"]!;
        var machineStream = await OpenAsync("stateMachineArn=" + Uri.EscapeDataString(machine));
        Assert.Equal("executions", (await machineStream.NextAsync()).Event);

        var execution = (string)(await _server.Client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine, ["input"] = "{}" }))["executionArn"]!;
        Assert.Equal("executions", (await machineStream.NextAsync()).Event);
        var stream = await OpenAsync("executionArn=" + Uri.EscapeDataString(execution));
        var first = await stream.NextUntilAsync(m => (long)m.Data["eventCount"]! >= 5);
        Assert.Equal("execution", first.Event);
        Assert.Equal("RUNNING", (string?)first.Data["status"]);

        var events = await _server.Client.HistoryAsync(execution);
        var parameters = JsonNode.Parse((string)events.Single(e => (string?)e["type"] == "TaskScheduled")["taskScheduledEventDetails"]!["parameters"]!)!;
        await _server.Client.CallAsync("SendTaskSuccess", new JsonObject { ["taskToken"] = (string)parameters["MessageBody"]!["token"]!, ["output"] = "{}" });
        var ended = await stream.NextUntilAsync(m => (string?)m.Data["status"] == "SUCCEEDED");
        Assert.Equal((await _server.Client.HistoryAsync(execution)).Count, (long)ended.Data["eventCount"]!);
        Assert.Equal("executions", (await machineStream.NextAsync()).Event);
        stream.Dispose();
        machineStream.Dispose();
    }

    [Theory]
    [InlineData("", "ValidationException")]
    [InlineData("executionArn=a&stateMachineArn=b", "ValidationException")]
    [InlineData("executionArn=a&functionName=b", "ValidationException")]
    [InlineData("executionArn=not-an-arn", "InvalidArn")]
    [InlineData("executionArn=arn:aws:states:us-east-1:123456789012:execution:none:none", "ExecutionDoesNotExist")]
    [InlineData("stateMachineArn=arn:aws:states:us-east-1:123456789012:stateMachine:none", "StateMachineDoesNotExist")]
    [InlineData("stateMachineArn=arn:aws:states:us-east-1:123456789012:activity:none", "InvalidArn")]
    public async Task A_stream_of_nothing_that_exists_is_refused_with_the_api_error(string query, string error)
    {
        using var response = await _http.GetAsync(ConsoleEndpoints.StreamPath + "?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.EndsWith(error, (string)body["__type"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsoleEndpoints.InvocationsPath + "?functionName=none")]
    [InlineData(ConsoleEndpoints.StreamPath + "?functionName=none")]
    public async Task A_function_that_does_not_exist_is_lambdas_resource_not_found(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.EndsWith("ResourceNotFoundException", (string)body["__type"]!, StringComparison.Ordinal);
        Assert.Contains("function:none", (string)body["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_checks_signatures_checks_them_on_the_stream_too()
    {
        await using var guarded = await InProcessServer.StartAsync(new ServerOptions { DataDirectory = null, AccessKeyId = "AKIDEXAMPLE", SecretAccessKey = "secret" });
        using var http = new HttpClient { BaseAddress = guarded.Server.Address };
        using var response = await http.GetAsync(ConsoleEndpoints.StreamPath + "?stateMachineArn=" + Uri.EscapeDataString("arn:aws:states:us-east-1:123456789012:stateMachine:any"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("MissingAuthenticationTokenException", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var invocations = await http.GetAsync(ConsoleEndpoints.InvocationsPath + "?functionName=any");
        Assert.Equal(HttpStatusCode.Forbidden, invocations.StatusCode);
        var config = JsonNode.Parse(await http.GetStringAsync(ConsoleEndpoints.ConfigPath))!;
        Assert.True((bool)config["signatureRequired"]!);
    }

    [Theory]
    [InlineData("arn:aws:states:us-east-1:123456789012:execution:orders:run-1", "arn:aws:states:us-east-1:123456789012:stateMachine:orders")]
    [InlineData("arn:aws:states:eu-west-1:000000000000:execution:a-b_c:x", "arn:aws:states:eu-west-1:000000000000:stateMachine:a-b_c")]
    [InlineData("arn:aws:states:us-east-1:123456789012:express:orders:run-1:id", null)]
    [InlineData("arn:aws:states:us-east-1:123456789012:execution:orders", null)]
    public void An_execution_belongs_to_the_machine_its_arn_names(string execution, string? machine) =>
        Assert.Equal(machine, ChangeFeed.MachineOf(execution));

    private async Task<EventStream> OpenAsync(string query)
    {
        var response = await _http.GetAsync(ConsoleEndpoints.StreamPath + "?" + query, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public async Task<(string Event, JsonObject Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? name = null;
            while (true)
            {
                var line = await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the stream ended");
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    return (name ?? "message", JsonNode.Parse(line[6..])!.AsObject());
                }
            }
        }

        public async Task<(string Event, JsonObject Data)> NextUntilAsync(Func<(string Event, JsonObject Data), bool> wanted)
        {
            while (true)
            {
                var message = await NextAsync();
                if (wanted(message))
                {
                    return message;
                }
            }
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
