using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;
using Cairn.Server.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Logging;

namespace Cairn.Server.Lambda;

/// <summary>
/// The Lambda API's rest-json protocol on the server's port: each action at its method and path
/// (<c>/2015-03-31/functions/...</c>, <c>/2017-03-31/tags/...</c>, ...), beside Step Functions'
/// <c>POST /</c>. Requests are SigV4-checked when the server has credentials; errors are answered
/// as Lambda answers them: the error type in the <c>x-amzn-ErrorType</c> header and a body
/// <c>{"Type": "User", "Message": ...}</c> (<c>{"message": ...}</c> for validation errors).
/// </summary>
public sealed class LambdaEndpoint
{
    /// <summary>The largest request accepted: a 50 MB zip, base64-encoded, in CreateFunction's JSON.</summary>
    public const long MaxRequestBytes = 69_905_067 + 65_536;

    /// <summary>The API versions that prefix Lambda's paths (<c>/2015-03-31/...</c>).</summary>
    private static readonly string[] Versions =
    [
        "2014-11-13", "2015-03-31", "2016-08-19", "2017-03-31", "2017-10-31", "2018-10-31", "2019-09-25", "2019-09-30",
        "2020-04-22", "2020-06-30", "2021-07-20", "2021-10-31", "2021-11-15", "2024-08-31",
    ];

    private readonly (ILambdaAction Action, TemplateMatcher Matcher)[] _routes;
    private readonly SigV4Verifier? _signatures;
    private readonly ILogger _logger;

    public LambdaEndpoint(IEnumerable<ILambdaAction> actions, SigV4Verifier? signatures, ILogger logger)
    {
        _routes = actions.Select(a => (a, new TemplateMatcher(TemplateParser.Parse(a.Route), new RouteValueDictionary()))).ToArray();
        _signatures = signatures;
        _logger = logger;
    }

    /// <summary>Whether the request is for the Lambda API: a path under one of Lambda's API versions, or a function's code URL.</summary>
    public static bool Serves(HttpRequest request)
    {
        var path = request.Path.Value;
        if (path is null || path.Length < 11 || path[0] != '/')
        {
            return false;
        }

        if (path.StartsWith(FunctionCodeLocations.RoutePrefix, StringComparison.Ordinal))
        {
            return true;
        }

        return (path.Length == 11 || path[11] == '/') && Array.IndexOf(Versions, path.Substring(1, 10)) >= 0;
    }

    /// <summary>Answers a request <see cref="Serves"/> accepted: the action whose method and path match, or UnknownOperationException.</summary>
    public Task HandleAsync(HttpContext context)
    {
        var values = new RouteValueDictionary();
        foreach (var (action, matcher) in _routes)
        {
            if (string.Equals(action.Method, context.Request.Method, StringComparison.OrdinalIgnoreCase) && matcher.TryMatch(context.Request.Path, values))
            {
                context.Request.RouteValues = values;
                return HandleAsync(context, action);
            }

            values.Clear();
        }

        return HandleAsync(context, null);
    }

    private async Task HandleAsync(HttpContext context, ILambdaAction? action)
    {
        var requestId = Guid.NewGuid().ToString();
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        try
        {
            var body = await ReadBodyAsync(context).ConfigureAwait(false);
            if (action is not { Presigned: true })
            {
                _signatures?.Verify(context.Request, body);
            }

            if (action is null)
            {
                throw new LambdaException("UnknownOperationException", $"Cairn's Lambda service does not implement {context.Request.Method} {context.Request.Path}.", 404);
            }

            var response = await action.HandleAsync(new LambdaRequest(context.Request, body, new Uri($"{context.Request.Scheme}://{context.Request.Host}/")), context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, response).ConfigureAwait(false);
        }
        catch (LambdaException e)
        {
            await WriteErrorAsync(context, e.StatusCode, e.ErrorCode, e.Message).ConfigureAwait(false);
        }
        catch (ApiException e)
        {
            await WriteErrorAsync(context, e.Status, e.Type, e.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Lambda request {RequestId} failed", requestId);
            await WriteErrorAsync(context, 500, "ServiceException", $"The request processing has failed because of an unknown error (request {requestId}).").ConfigureAwait(false);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength is { } declared && declared > MaxRequestBytes)
        {
            throw TooLarge();
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(context.Request.ContentLength ?? 4096, MaxRequestBytes) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(16384);
            var read = await context.Request.Body.ReadAsync(memory, context.RequestAborted).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > MaxRequestBytes)
            {
                throw TooLarge();
            }
        }
    }

    private static LambdaException TooLarge() => new("RequestEntityTooLargeException", $"Request must be smaller than {MaxRequestBytes} bytes.", 413);

    private static async Task WriteAsync(HttpContext context, LambdaResponse response)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        byte[]? bytes = response.Raw;
        if (response.Json is { } json)
        {
            bytes = Serialize(json);
        }

        if (bytes is null)
        {
            return;
        }

        context.Response.ContentType ??= "application/json";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string type, string message)
    {
        var body = type is "ValidationException" or "UnknownOperationException" || status == 403
            ? new JsonObject { ["message"] = message }
            : new JsonObject { ["Type"] = status >= 500 ? "Service" : "User", ["Message"] = message };
        var response = LambdaResponse.Ok(body, status).WithHeader("x-amzn-ErrorType", type);
        return WriteAsync(context, response);
    }

    private static byte[] Serialize(JsonObject json)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
