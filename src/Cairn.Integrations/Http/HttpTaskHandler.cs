using System.Globalization;
using System.Net;
using System.Text;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Integrations.Http;

/// <summary>
/// The HTTP Task (<c>arn:aws:states:::http:invoke</c>): calls <c>ApiEndpoint</c> with <c>Method</c>,
/// <c>Headers</c>, <c>QueryParameters</c> and <c>RequestBody</c> (JSON, or URL-encoded by
/// <c>Transform</c>), authenticated by the EventBridge connection named in
/// <c>Authentication.ConnectionArn</c> (or <c>InvocationConfig.ConnectionArn</c>), whose invocation
/// parameters win over the task's. The result is <c>{Headers, ResponseBody, StatusCode, StatusText}</c>;
/// an answer that is not 2xx fails the task with <c>States.Http.StatusCode.NNN</c> (that result as the
/// cause), no answer within 60 seconds or a broken connection with <c>States.Http.Socket</c>.
/// </summary>
public sealed class HttpTaskHandler : ITaskHandler
{
    public const string InvokeResource = "arn:aws:states:::http:invoke";

    /// <summary>How long a request may take (AWS's HTTP Task limit).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The most bytes of a response Cairn reads; a task result is far smaller still (256 KiB).</summary>
    public const int MaxResponseBytes = 4 * 1024 * 1024;

    public const string SocketError = Asl.StatesErrors.HttpSocket;

    public static readonly IReadOnlyList<string> Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];

    private static readonly HttpClient SharedClient = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.All,
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    private readonly IConnectionStore _connections;
    private readonly HttpClient _client;
    private readonly ConnectionAuthorizer _authorizer;
    private readonly TimeSpan _timeout;

    public HttpTaskHandler(IConnectionStore connections, HttpClient? client = null, TimeSpan? timeout = null, TimeProvider? time = null)
    {
        _connections = connections;
        _client = client ?? SharedClient;
        _authorizer = new ConnectionAuthorizer(_client, time);
        _timeout = timeout ?? RequestTimeout;
    }

    public static string StatusCodeError(int status) => Asl.StatesErrors.HttpStatusCodePrefix + status.ToString(CultureInfo.InvariantCulture);

    public async ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var call = HttpTaskRequest.Read(request.Parameters);
            var connection = FindConnection(call.ConnectionArn);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_timeout);
            var authorization = await _authorizer.AuthorizationAsync(connection, timeout.Token).ConfigureAwait(false);
            using var message = call.ToMessage(ConnectionParameters.Of(connection, authorization));
            HttpResponseMessage response;
            string body;
            try
            {
                response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                body = await ReadBoundedAsync(response, MaxResponseBytes, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return TaskResult.Failure(SocketError, $"The request to {call.Endpoint} did not complete within {_timeout.TotalSeconds:0.#} seconds.");
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                return TaskResult.Failure(SocketError, $"The request to {call.Endpoint} failed: {Describe(e)}");
            }

            using (response)
            {
                var result = Result(response, body);
                var status = (int)response.StatusCode;
                return status is >= 200 and < 300 ? TaskResult.Success(result) : TaskResult.Failure(StatusCodeError(status), result.ToJson());
            }
        }
        catch (HttpTaskException e)
        {
            return TaskResult.Failure(e.Error, e.Message);
        }
    }

    /// <summary>Reads a response body as UTF-8 text, refusing one larger than <paramref name="maxBytes"/> without buffering it.</summary>
    /// <exception cref="HttpTaskException">The body is larger than the limit.</exception>
    public static async Task<string> ReadBoundedAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            response.Dispose();
            throw TooLarge(maxBytes);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    response.Dispose();
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    private static HttpTaskException TooLarge(int maxBytes) =>
        new(Asl.StatesErrors.DataLimitExceeded, $"The response is larger than the limit of {maxBytes} bytes.");

    private Connection FindConnection(string arn)
    {
        _ = Connection.NameOf(arn) ?? throw new HttpTaskException(Asl.StatesErrors.Runtime, $"'{arn}' is not an EventBridge connection ARN (arn:aws:events:REGION:ACCOUNT:connection/NAME/ID).");
        return _connections.FindConnection(arn)
            ?? throw new HttpTaskException(Asl.StatesErrors.Runtime, $"The connection '{arn}' does not exist. Create it with EventBridge's CreateConnection (aws events create-connection --endpoint-url pointing at Cairn), or give it to cairn run with --connections FILE.");
    }

    /// <summary>The task's result: the answer's headers (each a list of values), its body (parsed when it is JSON), status code and text.</summary>
    private static JObject Result(HttpResponseMessage response, string body)
    {
        var headers = new JObjectBuilder(16);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers.Set(name, JArray.Create(values.Select(v => (JValue)new JString(v))));
        }

        JValue responseBody = new JString(body);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && (mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            && JValue.TryParse(body, out var parsed, out _))
        {
            responseBody = parsed;
        }

        return new JObjectBuilder(4)
            .Set("Headers", headers.Build())
            .Set("ResponseBody", responseBody)
            .Set("StatusCode", JNumber.From((int)response.StatusCode))
            .Set("StatusText", new JString(response.ReasonPhrase ?? string.Empty))
            .Build();
    }

    private static string Describe(Exception e)
    {
        var message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            message += " " + inner.Message;
        }

        return message;
    }
}
