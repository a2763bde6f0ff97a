using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cairn.Server;

namespace Cairn.Conformance.Tests.Http;

/// <summary>
/// The Step Functions API over HTTP: a fresh <c>cairn serve</c> (in process, in memory, on a free
/// loopback port, waits fast-forwarded) per client, called with the AWS JSON 1.0 protocol exactly
/// as the SDKs call it; the units' Lambda functions are created with the Lambda API's CreateFunction
/// (rest-json, the zip in <c>Code.ZipFile</c>), as boto3 creates them. The recorded units use account
/// 111111111111.
/// </summary>
public sealed class HttpStepFunctionsClient : IStepFunctionsClient, ILambdaFixtureHost, IDisposable
{
    private readonly CairnServer _server;
    private readonly HttpClient _http;

    public HttpStepFunctionsClient()
        : this(new ServerOptions { Port = 0, DataDirectory = null, AccountId = "111111111111", Region = "us-east-1", TimeScale = 0 })
    {
    }

    /// <summary>A server with other options (AWS services for the units that call them).</summary>
    public HttpStepFunctionsClient(ServerOptions options)
    {
        _server = CairnServer.StartAsync(options).GetAwaiter().GetResult();
        _http = new HttpClient { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public JsonObject Call(string operation, JsonObject parameters)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(parameters.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions." + operation);
        using var response = _http.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var body = JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException($"{operation}: the response is not a JSON object: {text}");
        if (response.IsSuccessStatusCode)
        {
            return body;
        }

        // As botocore reads it: the error code is what follows '#' in __type.
        var type = (string?)body["__type"] ?? "UnknownError";
        throw new StepFunctionsApiException(type[(type.LastIndexOf('#') + 1)..], (string?)body["message"] ?? string.Empty);
    }

    public void CreateFunction(string name, string runtime, string handler, string code, int timeout)
    {
        var parameters = new JsonObject
        {
            ["FunctionName"] = name,
            ["Runtime"] = runtime,
            ["Handler"] = handler,
            ["Role"] = "arn:aws:iam::111111111111:role/lambda",
            ["Timeout"] = timeout,
            ["Code"] = new JsonObject { ["ZipFile"] = Convert.ToBase64String(Cairn.Integrations.Lambda.FunctionFolders.Zip(("handler.py", code))) },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/2015-03-31/functions") { Content = new StringContent(parameters.ToJsonString(), Encoding.UTF8, "application/json") };
        using var response = _http.Send(request);
        if (!response.IsSuccessStatusCode)
        {
            var type = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.First() : response.StatusCode.ToString();
            throw new InvalidOperationException($"CreateFunction {name}: {type}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
