using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Cairn.Server.Tests.Support;

/// <summary>A bare AWS JSON 1.0 client for tests that look at the protocol itself.</summary>
internal sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(Uri endpoint) => _http = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<(int Status, JsonObject Body)> SendRawAsync(string? target, string body, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Sends raw bytes (not necessarily UTF-8) with any method and path; the answer's body is returned as text.</summary>
    public async Task<(int Status, string Body, HttpResponseMessage Response)> SendBytesAsync(string? target, byte[] body, HttpMethod? method = null, string path = "/", IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text, response);
    }

    /// <summary>Calls an action; throws with the error type and message when it fails.</summary>
    public async Task<JsonObject> CallAsync(string action, JsonObject parameters)
    {
        var (status, body) = await SendRawAsync("AWSStepFunctions." + action, parameters.ToJsonString());
        if (status != 200)
        {
            throw new InvalidOperationException($"{action} failed with {status}: {body.ToJsonString()}");
        }

        return body;
    }

    /// <summary>Calls an action that must fail; returns the error type (without namespace) and message.</summary>
    public async Task<(int Status, string Type, string Message)> FailAsync(string action, JsonObject parameters)
    {
        var (status, body) = await SendRawAsync("AWSStepFunctions." + action, parameters.ToJsonString());
        Assert.NotEqual(200, status);
        var type = (string)body["__type"]!;
        return (status, type[(type.LastIndexOf('#') + 1)..], (string)body["message"]!);
    }

    public async Task<JsonObject> WaitForEndAsync(string executionArn, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var described = await CallAsync("DescribeExecution", new JsonObject { ["executionArn"] = executionArn });
            if ((string?)described["status"] != "RUNNING")
            {
                return described;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{executionArn} still RUNNING after {timeout}");
            await Task.Delay(20);
        }
    }

    public async Task<List<JsonObject>> HistoryAsync(string executionArn)
    {
        var events = new List<JsonObject>();
        string? token = null;
        do
        {
            var request = new JsonObject { ["executionArn"] = executionArn, ["maxResults"] = 1000 };
            if (token is not null)
            {
                request["nextToken"] = token;
            }

            var page = await CallAsync("GetExecutionHistory", request);
            events.AddRange(page["events"]!.AsArray().Select(e => e!.AsObject()));
            token = (string?)page["nextToken"];
        }
        while (token is not null);
        return events;
    }

    public void Dispose() => _http.Dispose();
}
