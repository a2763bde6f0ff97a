using Cairn.Json;

namespace Cairn.Integrations.Aws.S3;

/// <summary>
/// A read-only, seekable stream over one S3 object, read by ranged GETs of whole blocks as the
/// reader asks for bytes: only the last few blocks are held, so an object of any size is read in
/// bounded memory (a Parquet reader seeks to its footer, then to each column chunk).
/// </summary>
public sealed class S3ObjectStream : Stream
{
    private const int BlockBytes = S3MapData.PartBytes;
    private const int Blocks = 3;

    private readonly S3Objects _objects;
    private readonly JObject _parameters;
    private readonly (long Start, byte[] Data)[] _blocks = new (long, byte[])[Blocks];
    private int _nextVictim;
    private long _position;

    private S3ObjectStream(S3Objects objects, JObject parameters, long length, byte[] first)
    {
        _objects = objects;
        _parameters = parameters;
        Length = length;
        for (var i = 0; i < Blocks; i++)
        {
            _blocks[i] = (-1, Array.Empty<byte>());
        }

        _blocks[0] = (0, first);
        _nextVictim = 1;
    }

    /// <summary>Opens the object (its first block is read, which also tells its size).</summary>
    public static async Task<S3ObjectStream> OpenAsync(S3Objects objects, JObject parameters, CancellationToken cancellationToken)
    {
        var (data, total) = await objects.GetRangeAsync(parameters, 0, BlockBytes, cancellationToken).ConfigureAwait(false);
        return new S3ObjectStream(objects, parameters, total, data);
    }

    /// <summary>Bytes fetched from S3 so far.</summary>
    public long BytesFetched { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (TryCopy(buffer, out var copied))
        {
            return copied;
        }

        var block = FetchAsync(_position / BlockBytes * BlockBytes, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return Copy(block, buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TryCopy(buffer.Span, out var copied))
        {
            return copied;
        }

        var block = await FetchAsync(_position / BlockBytes * BlockBytes, cancellationToken).ConfigureAwait(false);
        return Copy(block, buffer.Span);
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool TryCopy(Span<byte> buffer, out int copied)
    {
        copied = 0;
        if (buffer.Length == 0 || _position >= Length)
        {
            return true;
        }

        foreach (var block in _blocks)
        {
            if (block.Start >= 0 && _position >= block.Start && _position < block.Start + block.Data.Length)
            {
                copied = Copy(block, buffer);
                return true;
            }
        }

        return false;
    }

    private int Copy((long Start, byte[] Data) block, Span<byte> buffer)
    {
        var at = (int)(_position - block.Start);
        var count = Math.Min(buffer.Length, block.Data.Length - at);
        if (count <= 0)
        {
            return 0;
        }

        block.Data.AsSpan(at, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    private async ValueTask<(long Start, byte[] Data)> FetchAsync(long start, CancellationToken cancellationToken)
    {
        var (data, _) = await _objects.GetRangeAsync(_parameters, start, BlockBytes, cancellationToken).ConfigureAwait(false);
        BytesFetched += data.Length;
        var block = (start, data);
        _blocks[_nextVictim] = block;
        _nextVictim = (_nextVictim + 1) % Blocks;
        return block;
    }
}
