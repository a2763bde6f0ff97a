using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cairn.Integrations.Tests.Aws.Faults;

/// <summary>
/// A loopback HTTP endpoint that answers every request the same broken way (garbage, an error
/// status, a huge body, or nothing at all), counting the requests it got.
/// </summary>
internal sealed class FakeEndpoint : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<NetworkStream, CancellationToken, Task> _answer;
    private readonly Task _loop;
    private int _requests;
    private string? _lastHead;

    public FakeEndpoint(Func<NetworkStream, CancellationToken, Task> answer)
    {
        _answer = answer;
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Uri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The request line and headers of the last request.</summary>
    public string? LastRequestHead => Volatile.Read(ref _lastHead);

    /// <summary>Answers with a status, headers and body.</summary>
    public static FakeEndpoint Answering(int status, string body, string contentType = "application/x-amz-json-1.0", params (string Name, string Value)[] headers) =>
        new(async (stream, token) =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            var extra = string.Concat(headers.Select(h => $"{h.Name}: {h.Value}\r\n"));
            var head = $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n{extra}Content-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), token);
            await stream.WriteAsync(bytes, token);
        });

    /// <summary>Answers 200 with <paramref name="bytes"/> bytes of body, with or without Content-Length.</summary>
    public static FakeEndpoint Huge(long bytes, bool announceLength) =>
        new(async (stream, token) =>
        {
            var head = announceLength
                ? $"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: {bytes}\r\nConnection: close\r\n\r\n"
                : "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), token);
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, bytes - sent)), token);
            }
        });

    /// <summary>Accepts connections and never answers.</summary>
    public static FakeEndpoint Silent() => new((_, token) => Task.Delay(Timeout.Infinite, token));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(async () =>
            {
                using (socket)
                {
                    var stream = socket.GetStream();
                    try
                    {
                        Volatile.Write(ref _lastHead, await ReadRequestAsync(stream, _stop.Token));
                        Interlocked.Increment(ref _requests);
                        await _answer(stream, _stop.Token);
                    }
                    catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
                    {
                    }
                }
            });
        }
    }

    /// <summary>Reads the request head and its Content-Length body; returns the head.</summary>
    private static async Task<string> ReadRequestAsync(NetworkStream stream, CancellationToken token)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one, token) == 0)
            {
                return Encoding.ASCII.GetString(buffer.ToArray());
            }

            buffer.Add(one[0]);
        }

        var head = Encoding.ASCII.GetString(buffer.ToArray());
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            read += await stream.ReadAsync(body.AsMemory(read), token);
        }

        return head;
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';
}
