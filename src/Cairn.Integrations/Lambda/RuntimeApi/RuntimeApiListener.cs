using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cairn.Integrations.Lambda.RuntimeApi;

/// <summary>
/// The Lambda Runtime API (2018-06-01) of one sandbox: a small HTTP/1.1 server on a loopback port
/// of its own (a runtime finds it in <c>AWS_LAMBDA_RUNTIME_API</c>), with persistent connections,
/// Content-Length and chunked request bodies, and bounded headers and bodies. Requests are handed
/// to <see cref="Handler"/>, one at a time per connection.
/// </summary>
public sealed class RuntimeApiListener : IAsyncDisposable
{
    /// <summary>The largest request head (request line and headers).</summary>
    public const int MaxHeadBytes = 64 * 1024;

    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    private readonly Socket _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<RuntimeApiRequest, CancellationToken, ValueTask<RuntimeApiResponse>> _handler;
    private readonly int _maxBodyBytes;
    private readonly List<Socket> _connections = new();
    private readonly Task _accepting;

    public RuntimeApiListener(Func<RuntimeApiRequest, CancellationToken, ValueTask<RuntimeApiResponse>> handler, int maxBodyBytes)
    {
        _handler = handler;
        _maxBodyBytes = maxBodyBytes;
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}";
        _accepting = AcceptAsync();
    }

    /// <summary><c>127.0.0.1:PORT</c>, the value of <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address { get; }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Dispose();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }

            _connections.Clear();
        }

        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            connection.NoDelay = true;
            lock (_connections)
            {
                if (_stopping.IsCancellationRequested)
                {
                    connection.Dispose();
                    return;
                }

                _connections.Add(connection);
            }

            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        var connection = new Connection(socket, ArrayPool<byte>.Shared.Rent(16 * 1024));
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var request = await ReadRequestAsync(connection).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                var response = await _handler(request, _stopping.Token).ConfigureAwait(false);
                await WriteResponseAsync(socket, response).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException or IOException or InvalidDataException)
        {
        }
        finally
        {
            lock (_connections)
            {
                _connections.Remove(socket);
            }

            socket.Dispose();
            ArrayPool<byte>.Shared.Return(connection.Buffer);
        }
    }

    /// <summary>Reads one request; null when the peer closed the connection between requests.</summary>
    private async Task<RuntimeApiRequest?> ReadRequestAsync(Connection c)
    {
        int headEnd;
        while ((headEnd = c.Buffer.AsSpan(c.Start, c.End - c.Start).IndexOf(HeadEnd)) < 0)
        {
            if (c.End - c.Start >= MaxHeadBytes)
            {
                throw new InvalidDataException("request head too large");
            }

            if (!await c.FillAsync(_stopping.Token).ConfigureAwait(false))
            {
                return c.End == c.Start ? null : throw new InvalidDataException("connection closed in a request head");
            }
        }

        var head = Encoding.ASCII.GetString(c.Buffer, c.Start, headEnd);
        c.Start += headEnd + HeadEnd.Length;
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3)
        {
            throw new InvalidDataException("malformed request line");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(':');
            if (colon > 0)
            {
                headers[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
            }
        }

        var (body, tooLarge) = headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            ? await ReadChunkedAsync(c).ConfigureAwait(false)
            : await ReadSizedAsync(c, headers.TryGetValue("Content-Length", out var length) && long.TryParse(length, out var n) && n >= 0 ? n : 0).ConfigureAwait(false);
        return new RuntimeApiRequest(requestLine[0], requestLine[1], headers, body, tooLarge);
    }

    private async Task<(byte[] Body, bool TooLarge)> ReadSizedAsync(Connection c, long length)
    {
        var keep = length <= _maxBodyBytes;
        var body = keep ? new byte[length] : Array.Empty<byte>();
        long read = 0;
        while (read < length)
        {
            if (c.End == c.Start && !await c.FillAsync(_stopping.Token).ConfigureAwait(false))
            {
                throw new InvalidDataException("connection closed in a request body");
            }

            var take = (int)Math.Min(length - read, c.End - c.Start);
            if (keep)
            {
                c.Buffer.AsSpan(c.Start, take).CopyTo(body.AsSpan((int)read));
            }

            c.Start += take;
            read += take;
        }

        return (body, !keep);
    }

    private async Task<(byte[] Body, bool TooLarge)> ReadChunkedAsync(Connection c)
    {
        using var body = new MemoryStream();
        var tooLarge = false;
        while (true)
        {
            var line = await ReadLineAsync(c).ConfigureAwait(false);
            var size = Convert.ToInt64(line.Split(';')[0].Trim(), 16);
            if (size == 0)
            {
                // Trailers end with an empty line.
                while ((await ReadLineAsync(c).ConfigureAwait(false)).Length > 0)
                {
                }

                return (tooLarge ? Array.Empty<byte>() : body.ToArray(), tooLarge);
            }

            long read = 0;
            while (read < size)
            {
                if (c.End == c.Start && !await c.FillAsync(_stopping.Token).ConfigureAwait(false))
                {
                    throw new InvalidDataException("connection closed in a chunk");
                }

                var take = (int)Math.Min(size - read, c.End - c.Start);
                tooLarge |= body.Length + take > _maxBodyBytes;
                if (!tooLarge)
                {
                    body.Write(c.Buffer, c.Start, take);
                }

                c.Start += take;
                read += take;
            }

            await ReadLineAsync(c).ConfigureAwait(false);
        }
    }

    private async Task<string> ReadLineAsync(Connection c)
    {
        int end;
        while ((end = c.Buffer.AsSpan(c.Start, c.End - c.Start).IndexOf("\r\n"u8)) < 0)
        {
            if (c.End - c.Start > 1024 || !await c.FillAsync(_stopping.Token).ConfigureAwait(false))
            {
                throw new InvalidDataException("malformed chunk line");
            }
        }

        var line = Encoding.ASCII.GetString(c.Buffer, c.Start, end);
        c.Start += end + 2;
        return line;
    }

    private static async Task WriteResponseAsync(Socket socket, RuntimeApiResponse response)
    {
        var head = new StringBuilder(256);
        head.Append("HTTP/1.1 ").Append(response.Status).Append(' ').Append(Reason(response.Status)).Append("\r\n");
        head.Append("Content-Type: application/json\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(response.Body.Length).Append("\r\n\r\n");
        var headBytes = Encoding.UTF8.GetBytes(head.ToString());
        if (response.Body.Length <= 16 * 1024)
        {
            var all = new byte[headBytes.Length + response.Body.Length];
            headBytes.CopyTo(all, 0);
            response.Body.Span.CopyTo(all.AsSpan(headBytes.Length));
            await SendAllAsync(socket, all).ConfigureAwait(false);
            return;
        }

        await SendAllAsync(socket, headBytes).ConfigureAwait(false);
        await SendAllAsync(socket, response.Body).ConfigureAwait(false);
    }

    private static async Task SendAllAsync(Socket socket, ReadOnlyMemory<byte> data)
    {
        while (data.Length > 0)
        {
            var sent = await socket.SendAsync(data, SocketFlags.None).ConfigureAwait(false);
            data = data[sent..];
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        413 => "Payload Too Large",
        _ => "Error",
    };

    /// <summary>A connection's receive buffer: bytes from <see cref="Start"/> to <see cref="End"/> are read and not yet consumed.</summary>
    private sealed class Connection(Socket socket, byte[] buffer)
    {
        public byte[] Buffer { get; private set; } = buffer;

        public int Start { get; set; }

        public int End { get; set; }

        /// <summary>Receives more bytes; false at the end of the stream.</summary>
        public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
        {
            if (Start > 0 && Start == End)
            {
                Start = End = 0;
            }

            if (End == Buffer.Length)
            {
                if (Start > 0)
                {
                    Buffer.AsSpan(Start, End - Start).CopyTo(Buffer);
                    End -= Start;
                    Start = 0;
                }
                else
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Buffer.Length * 2);
                    Buffer.AsSpan(0, End).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(Buffer);
                    Buffer = larger;
                }
            }

            var received = await socket.ReceiveAsync(Buffer.AsMemory(End), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            End += received;
            return received > 0;
        }
    }
}
