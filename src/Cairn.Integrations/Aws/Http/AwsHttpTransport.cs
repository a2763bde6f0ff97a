using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cairn.Integrations.Aws.Http;

/// <summary>
/// Sends AWS requests over one pooled <see cref="HttpClient"/> per process, with a time limit per
/// attempt and a bound on the response size: a body larger than the limit is never buffered, the
/// call fails with a message saying so.
/// </summary>
public sealed class AwsHttpTransport : IDisposable
{
    private static readonly Lazy<AwsHttpTransport> SharedTransport = new(() => new AwsHttpTransport());

    private readonly HttpClient _client;

    private AwsHttpTransport()
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50),
            MaxConnectionsPerServer = 256,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = true,
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.ExpectContinue = false;
    }

    /// <summary>The process's transport.</summary>
    public static AwsHttpTransport Shared => SharedTransport.Value;

    public void Dispose() => _client.Dispose();

    /// <summary>Sends a signed request to <paramref name="endpoint"/> (scheme, host, port and base path).</summary>
    /// <exception cref="AwsClientException">No complete answer within <paramref name="timeout"/>, or one larger than <paramref name="maxResponseBytes"/>.</exception>
    public async Task<AwsHttpResponse> SendAsync(Uri endpoint, AwsRequest request, TimeSpan timeout, long maxResponseBytes, CancellationToken cancellationToken)
    {
        var url = Url(endpoint, request);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), url) { Version = HttpVersion.Version11 };
        var content = new ByteArrayContent(request.Body);
        var hasContent = request.Body.Length > 0 || request.Method is "POST" or "PUT" or "PATCH";
        foreach (var (name, value) in request.Headers)
        {
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.TryAddWithoutValidation(name, value);
                hasContent = true;
            }
            else if (!string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (hasContent)
        {
            message.Content = content;
        }
        else
        {
            content.Dispose();
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var headers = new List<KeyValuePair<string, string>>();
            // As sent: the typed collections would split values such as Server's product tokens.
            foreach (var header in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
            {
                foreach (var value in header.Value)
                {
                    headers.Add(new KeyValuePair<string, string>(header.Key, value));
                }
            }

            if (response.Content.Headers.ContentLength is { } length && length > maxResponseBytes)
            {
                throw TooLarge(url, length, maxResponseBytes);
            }

            var body = await ReadBoundedAsync(response.Content, url, maxResponseBytes, deadline.Token).ConfigureAwait(false);
            return new AwsHttpResponse((int)response.StatusCode, headers, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AwsClientException($"Unable to execute HTTP request: {url.GetLeftPart(UriPartial.Authority)} did not answer within {timeout.TotalSeconds:0.###} seconds", retryable: true);
        }
        catch (HttpRequestException e)
        {
            throw new AwsClientException($"Unable to execute HTTP request: {Describe(e, url)}", retryable: true, e);
        }
        catch (IOException e)
        {
            throw new AwsClientException($"Unable to execute HTTP request: {url.GetLeftPart(UriPartial.Authority)}: {e.Message}", retryable: true, e);
        }
    }

    /// <summary>The request's URL, with its path and query exactly as serialised.</summary>
    public static Uri Url(Uri endpoint, AwsRequest request)
    {
        var host = request.HostPrefix is { } prefix ? prefix + endpoint.Host : endpoint.Host;
        var builder = new StringBuilder();
        builder.Append(endpoint.Scheme).Append("://").Append(host);
        if (!endpoint.IsDefaultPort)
        {
            builder.Append(':').Append(endpoint.Port);
        }

        builder.Append(endpoint.AbsolutePath.TrimEnd('/')).Append(request.RawPath);
        if (request.RawQuery.Length > 0)
        {
            builder.Append('?').Append(request.RawQuery);
        }

        return new Uri(builder.ToString(), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, Uri url, long maxResponseBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxResponseBytes)
            {
                throw TooLarge(url, null, maxResponseBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static AwsClientException TooLarge(Uri url, long? length, long max) =>
        new($"The response of {url.GetLeftPart(UriPartial.Authority)} is larger than the limit of {max} bytes{(length is { } l ? $" (Content-Length {l})" : string.Empty)}; it was not read", retryable: false);

    private static string Describe(HttpRequestException e, Uri url)
    {
        var socket = e.InnerException as SocketException ?? e.InnerException?.InnerException as SocketException;
        var reason = socket?.SocketErrorCode switch
        {
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "Name or service not known",
            SocketError.ConnectionRefused => "Connection refused",
            _ => e.Message,
        };
        return $"{(socket?.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain ? url.Host : url.GetLeftPart(UriPartial.Authority))}: {reason}";
    }
}
