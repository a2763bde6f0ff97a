using System.IO.Compression;
using Cairn.Engine.Items;

namespace Cairn.Integrations.Aws.S3;

/// <summary>
/// An open CSV object read from its start (gzip-compressed or not: a gzipped object cannot be
/// entered in the middle), row after row, through a bounded buffer; the next row's number is kept
/// so a reader that lost it skips the rows read before.
/// </summary>
public sealed class CsvFileCursor : IDisposable
{
    private readonly S3ObjectStream _object;
    private readonly Stream _text;
    private byte[] _buffer = new byte[64 << 10];
    private int _filled;
    private bool _eof;

    private CsvFileCursor(S3ObjectStream obj, Stream text)
    {
        _object = obj;
        _text = text;
    }

    /// <summary>The number of the next row to read (rows read so far).</summary>
    public long Row { get; private set; }

    /// <summary>Every row is read.</summary>
    public bool Ended => _eof && _filled == 0;

    public static async Task<CsvFileCursor> OpenAsync(S3Objects objects, Json.JObject file, long skip, CancellationToken cancellationToken)
    {
        var obj = await S3ObjectStream.OpenAsync(objects, file, cancellationToken).ConfigureAwait(false);
        var magic = new byte[2];
        var gzip = obj.Length >= 2 && await obj.ReadAsync(magic, cancellationToken).ConfigureAwait(false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        obj.Position = 0;
        var cursor = new CsvFileCursor(obj, gzip ? new GZipStream(obj, CompressionMode.Decompress, leaveOpen: true) : obj);
        var skipped = new List<string[]>();
        while (cursor.Row < skip && !cursor.Ended)
        {
            skipped.Clear();
            await cursor.ReadAsync(skipped, (int)Math.Min(skip - cursor.Row, 10_000), cancellationToken).ConfigureAwait(false);
        }

        return cursor;
    }

    /// <summary>Reads up to <paramref name="maxRows"/> rows (fewer only at the end).</summary>
    public async Task ReadAsync(List<string[]> rows, int maxRows, CancellationToken cancellationToken)
    {
        var wanted = rows.Count + maxRows;
        while (rows.Count < wanted && !Ended)
        {
            var before = rows.Count;
            // ReadRows counts the rows already in the list against its limit.
            var used = CsvItems.ReadRows(_buffer.AsSpan(0, _filled), (byte)',', _eof, wanted, rows);
            Row += rows.Count - before;
            if (used > 0)
            {
                _buffer.AsSpan(used, _filled - used).CopyTo(_buffer);
                _filled -= used;
                continue;
            }

            if (_eof)
            {
                // Only blank text is left.
                _filled = 0;
                break;
            }

            if (_filled == _buffer.Length)
            {
                if (_buffer.Length >= S3MapData.MaxItemBytes)
                {
                    throw new FormatException($"A row of the CSV file is larger than {S3MapData.MaxItemBytes / (1 << 20)} MiB.");
                }

                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            try
            {
                var read = await _text.ReadAsync(_buffer.AsMemory(_filled), cancellationToken).ConfigureAwait(false);
                _filled += read;
                _eof = read == 0;
            }
            catch (InvalidDataException e)
            {
                throw new FormatException($"The gzip-compressed CSV file cannot be read: {e.Message}");
            }
        }
    }

    public void Dispose()
    {
        if (_text != _object)
        {
            _text.Dispose();
        }

        _object.Dispose();
    }
}
