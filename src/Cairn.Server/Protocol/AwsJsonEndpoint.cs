using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cairn.Server.Protocol;

/// <summary>
/// The AWS JSON protocol: <c>POST /</c> with <c>X-Amz-Target: AWSStepFunctions.ACTION</c> (or
/// <c>AWSEvents.ACTION</c> for EventBridge's connection actions),
/// a JSON object body, and a JSON answer; errors as <c>{"__type": ..., "message": ...}</c> with
/// AWS's HTTP status. Answers carry the content type of the target's service (AWS JSON 1.0 for
/// Step Functions, 1.1 for EventBridge), as the service itself answers. Nothing a client sends can
/// produce a stack trace in a response.
/// </summary>
public sealed class AwsJsonEndpoint
{
    public const string ContentType = "application/x-amz-json-1.0";

    /// <summary>The most header bytes a request may carry (names, values and separators).</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>What the HTTP server itself accepts in a request's head; up to it the protocol answers, past it only the server can.</summary>
    public const int MaxHeadBytes = 1024 * 1024;

    private readonly IReadOnlyDictionary<string, IApiAction> _actions;
    private readonly IReadOnlyDictionary<string, string> _contentTypes;
    private readonly RequestCaller _caller;
    private readonly long _maxRequestBytes;
    private readonly SigV4Verifier? _signatures;
    private readonly ILogger _logger;

    public AwsJsonEndpoint(IEnumerable<IApiAction> actions, RequestCaller caller, long maxRequestBytes, SigV4Verifier? signatures, ILogger logger)
    {
        _actions = actions.ToDictionary(a => a.TargetPrefix + a.Name, StringComparer.Ordinal);
        _contentTypes = _actions.Values.GroupBy(a => a.TargetPrefix, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => "application/x-amz-json-" + g.First().JsonVersion, StringComparer.Ordinal);
        _caller = caller;
        _maxRequestBytes = maxRequestBytes;
        _signatures = signatures;
        _logger = logger;
    }

    /// <summary>The X-Amz-Target of every action served.</summary>
    public IEnumerable<string> ActionNames => _actions.Keys;

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        context.Response.ContentType = ContentTypeOf(target);
        try
        {
            CheckRequestLine(context.Request);
            var action = _actions.TryGetValue(target, out var found)
                ? found
                : throw ApiErrors.UnknownOperation(target.Length == 0 ? null : target);
            var body = await ReadBodyAsync(context).ConfigureAwait(false);
            _signatures?.Verify(context.Request, body);
            var request = new ApiRequest(RequestBody.Parse(body), _caller);
            var response = await action.HandleAsync(request, context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, 200, response.Write).ConfigureAwait(false);
        }
        catch (ApiException e)
        {
            if (e.Allow is { } allow)
            {
                context.Response.Headers.Allow = allow;
            }

            await WriteErrorAsync(context, e.Status, e.Type, e.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Request {RequestId} failed", requestId);
            await WriteErrorAsync(context, 500, "InternalFailure", $"The request processing has failed because of an unknown error (request {requestId}).").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Only <c>POST /</c> is served, with headers of at most <see cref="MaxHeaderBytes"/>; anything
    /// else is answered here, in the protocol's error shape, rather than by the HTTP server with
    /// an empty body.
    /// </summary>
    private static void CheckRequestLine(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            throw new ApiException("UnknownOperationException", $"Method {request.Method} is not allowed: the API is served by POST /", 405) { Allow = "POST" };
        }

        if (request.Path.Value is not ("/" or "" or null))
        {
            throw new ApiException("UnknownOperationException", $"No resource at {Shorten(request.Path.Value)}: the API is served by POST /", 404);
        }

        long size = 0;
        foreach (var header in request.Headers)
        {
            size += header.Key.Length + 4;
            foreach (var value in header.Value)
            {
                size += value?.Length ?? 0;
            }
        }

        if (size > MaxHeaderBytes)
        {
            throw new ApiException("RequestHeaderFieldsTooLargeException", $"Request headers are larger than {MaxHeaderBytes} bytes", 431);
        }
    }

    /// <summary>The content type of the service a target names (its prefix up to the dot); AWS JSON 1.0 for anything else.</summary>
    private string ContentTypeOf(string target)
    {
        var dot = target.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && _contentTypes.TryGetValue(target[..(dot + 1)], out var type) ? type : ContentType;
    }

    private static string Shorten(string value) => value.Length <= 128 ? value : value[..128] + "...";

    private async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength is { } declared && declared > _maxRequestBytes)
        {
            throw ApiErrors.RequestTooLarge(_maxRequestBytes);
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(context.Request.ContentLength ?? 4096, _maxRequestBytes) + 1);
        var stream = context.Request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await stream.ReadAsync(memory, context.RequestAborted).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > _maxRequestBytes)
            {
                throw ApiErrors.RequestTooLarge(_maxRequestBytes);
            }
        }
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string type, string message) =>
        WriteAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("__type", ApiErrors.WireType(type));
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });

    private static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
