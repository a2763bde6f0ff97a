using System.Buffers;
using System.Text.Json;
using Cairn.Server.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cairn.Server.Console;

/// <summary>
/// The console on the API's port: the page at <c>GET /</c> (the API stays on <c>POST /</c>), its
/// built files under <c>/console/</c>, and the little it needs beside the Step Functions API:
/// <c>/console/api/config</c> (the region, whether requests must be signed, which APIs this server
/// has), <c>/console/api/stream</c> (server-sent events telling an open page that an execution,
/// a machine's executions or a function's invocations changed) and <c>/console/api/invocations</c>
/// (a function's recent invocations, <see cref="ConsoleFunctions"/>). The page reads everything else through the AWS API itself.
/// When the server checks signatures, so does the stream: the page signs its requests with SigV4.
/// </summary>
internal sealed class ConsoleEndpoints
{
    public const string ConfigPath = "/console/api/config";
    public const string StreamPath = "/console/api/stream";
    public const string InvocationsPath = "/console/api/invocations";
    private const string AssetPrefix = "/console/";

    /// <summary>The page's policy: its own scripts and styles only, nothing inline, no frames, no other origin.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly ConsoleAssets _assets;
    private readonly ConsoleSettings _settings;
    private readonly ChangeStream _stream;

    private ConsoleEndpoints(ConsoleAssets assets, ConsoleSettings settings, ChangeStream stream)
    {
        _assets = assets;
        _settings = settings;
        _stream = stream;
    }

    public static ConsoleEndpoints Create(WebApplication app, ConsoleSettings settings)
    {
        var feed = new ChangeFeed(settings.Backend.Host.Committer, settings.Lambda?.Invocations);
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        stopping.Register(feed.Dispose);
        return new ConsoleEndpoints(ConsoleAssets.Load(typeof(ConsoleEndpoints).Assembly), settings, new ChangeStream(settings.Backend, settings.Lambda, feed, settings.Signatures, stopping));
    }

    /// <summary>Whether a request is the console's: a GET (or HEAD) of <c>/</c> or of anything under <c>/console/</c> that names no API action (a request with <c>X-Amz-Target</c> is the API's, which answers a GET with 405).</summary>
    public static bool Serves(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Headers.ContainsKey("X-Amz-Target")
        && request.Path.Value is { } path
        && (path == "/" || path.StartsWith(AssetPrefix, StringComparison.Ordinal));

    public Task HandleAsync(HttpContext context) => context.Request.Path.Value switch
    {
        ConfigPath => WriteConfigAsync(context, _settings),
        StreamPath => _stream.HandleAsync(context),
        InvocationsPath => ConsoleFunctions.HandleAsync(context, _settings.Lambda, _settings.Signatures),
        "/" => ServeAsync(context, _assets, ConsoleAssets.IndexPath),
        var path => ServeAsync(context, _assets, path![AssetPrefix.Length..]),
    };

    private static Task ServeAsync(HttpContext context, ConsoleAssets assets, string path)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!assets.Built)
        {
            return WriteTextAsync(context, 404, "This server was built without its console: building src/Cairn.Server needs Node.js 20 and npm (see console/README.md).");
        }

        if (assets.Find(path) is not { } asset)
        {
            return WriteTextAsync(context, 404, "Not found.");
        }

        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = asset.Immutable ? "public, max-age=31536000, immutable" : "no-cache";
        if (path == ConsoleAssets.IndexPath)
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            response.Headers.XFrameOptions = "DENY";
            response.Headers["Referrer-Policy"] = "no-referrer";
        }

        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            response.StatusCode = 304;
            return Task.CompletedTask;
        }

        var body = asset.Content;
        if (asset.Gzipped is { } gzipped && context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers.ContentEncoding = "gzip";
            body = gzipped;
        }

        response.Headers.Vary = "Accept-Encoding";
        response.ContentType = asset.ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static Task WriteConfigAsync(HttpContext context, ConsoleSettings settings) =>
        WriteJsonAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("region", settings.Region);
            writer.WriteBoolean("signatureRequired", settings.Signatures is not null);
            writer.WriteStartArray("services");
            foreach (var service in settings.Services)
            {
                writer.WriteStringValue(service);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>An error shaped as the API's (<c>{"__type", "message"}</c>), so the page reads both alike.</summary>
    internal static Task WriteErrorAsync(HttpContext context, ApiException error) =>
        WriteJsonAsync(context, error.Status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("__type", ApiErrors.WireType(error.Type));
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        });

    internal static async Task WriteJsonAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
