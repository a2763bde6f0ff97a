using System.Text;

namespace Cairn.Integrations.Lambda.Sandboxes;

/// <summary>
/// What a sandbox printed during one invocation, bounded: only the last <see cref="TailBytes"/>
/// bytes are kept (what <c>LogType: Tail</c> returns), however much the handler prints.
/// </summary>
internal sealed class SandboxLog
{
    /// <summary>Lambda's tail: the last 4 KB of the invocation's log.</summary>
    public const int TailBytes = 4096;

    private readonly byte[] _ring = new byte[TailBytes];
    private long _written;

    public long Written
    {
        get
        {
            lock (_ring)
            {
                return _written;
            }
        }
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        lock (_ring)
        {
            if (data.Length > TailBytes)
            {
                // Only the last TailBytes can be kept: skip the rest, keeping positions consistent.
                _written += data.Length - TailBytes;
                data = data[^TailBytes..];
            }

            foreach (var b in data)
            {
                _ring[_written % TailBytes] = b;
                _written++;
            }
        }
    }

    public void Append(string text) => Append(Encoding.UTF8.GetBytes(text));

    /// <summary>The kept bytes, oldest first, and empties the log.</summary>
    public byte[] TakeTail()
    {
        lock (_ring)
        {
            var length = (int)Math.Min(_written, TailBytes);
            var tail = new byte[length];
            var start = _written - length;
            for (var i = 0; i < length; i++)
            {
                tail[i] = _ring[(start + i) % TailBytes];
            }

            _written = 0;
            return tail;
        }
    }
}
