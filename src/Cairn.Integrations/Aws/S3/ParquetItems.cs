using System.Buffers.Binary;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Json;
using Parquet;
using Parquet.Serialization;

namespace Cairn.Integrations.Aws.S3;

/// <summary>
/// The rows of a Parquet object as a Map Run's items, one row group at a time: the footer is read
/// from the object's end, then each row group by ranged GETs of its column chunks, so memory
/// holds one row group, never the object. AWS's limits apply: a footer of at most 5 MiB, row
/// groups of at most 256 MiB. The position is the row group and the row within it.
/// </summary>
public static class ParquetItems
{
    public const int MaxFooterBytes = 5 << 20;

    public const long MaxRowGroupBytes = 256L << 20;

    public static async Task<(List<JValue> Items, JObject Position, bool End)> ReadAsync(
        S3Objects objects, ItemCursors cursors, JObject parameters, JObject? position, int maxItems, CancellationToken cancellationToken)
    {
        if (parameters.ContainsKey("VersionId"))
        {
            throw new FormatException("The VersionId parameter is not supported for InputType PARQUET.");
        }

        var group = position?["RowGroup"] is JNumber g ? (int)g.IntegerValue : 0;
        var row = position?["Row"] is JNumber r ? (int)r.IntegerValue : 0;
        var cursor = cursors.Take<Cursor>(Key(parameters, group, row)) ?? await Cursor.OpenAsync(objects, parameters, group, row, cancellationToken).ConfigureAwait(false);
        var items = new List<JValue>(Math.Min(maxItems, 4096));
        try
        {
            while (items.Count < maxItems && cursor.Group < cursor.GroupCount)
            {
                await cursor.LoadAsync(cancellationToken).ConfigureAwait(false);
                var rows = cursor.Rows!;
                while (items.Count < maxItems && cursor.Row < rows.Count)
                {
                    items.Add(ParquetValues.Row(cursor.Schema, rows[cursor.Row]!));
                    rows[cursor.Row++] = null!;
                }

                if (cursor.Row >= rows.Count)
                {
                    cursor.NextGroup();
                }
            }
        }
        catch
        {
            cursor.Dispose();
            throw;
        }

        var end = cursor.Group >= cursor.GroupCount;
        var next = JObject.Create(("RowGroup", JNumber.From(cursor.Group)), ("Row", JNumber.From(cursor.Row)));
        if (end)
        {
            cursor.Dispose();
        }
        else
        {
            cursors.Keep(Key(parameters, cursor.Group, cursor.Row), cursor);
        }

        return (items, next, end);
    }

    private static string Key(JObject parameters, int group, int row) => $"parquet\n{parameters.ToJson()}\n{group}\n{row}";

    /// <summary>An open Parquet object: its schema, the row group being read and the next row in it.</summary>
    private sealed class Cursor(S3ObjectStream stream, ParquetReader reader, int group, int row) : IDisposable
    {
        public Parquet.Schema.ParquetSchema Schema => reader.Schema;

        public int GroupCount => reader.RowGroupCount;

        public int Group { get; private set; } = group;

        public int Row { get; set; } = row;

        public IList<Dictionary<string, object>>? Rows { get; private set; }

        public static async Task<Cursor> OpenAsync(S3Objects objects, Json.JObject parameters, int group, int row, CancellationToken cancellationToken)
        {
            var stream = await S3ObjectStream.OpenAsync(objects, parameters, cancellationToken).ConfigureAwait(false);
            try
            {
                await CheckFooterAsync(stream, cancellationToken).ConfigureAwait(false);
                var reader = await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
                if (ParquetValues.UnsupportedColumn(reader.Schema) is { } unsupported)
                {
                    await reader.DisposeAsync().ConfigureAwait(false);
                    throw new FormatException(unsupported);
                }

                return new Cursor(stream, reader, group, row);
            }
            catch (Exception e) when (e is not (FormatException or OperationCanceledException or AwsServiceException or AwsClientException or AwsCredentialsException or AwsParameterException))
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                throw new FormatException($"The object is not a readable Parquet file: {e.Message}");
            }
        }

        private static async Task CheckFooterAsync(S3ObjectStream stream, CancellationToken cancellationToken)
        {
            var tail = new byte[8];
            if (stream.Length < 12)
            {
                throw new FormatException("The object is not a Parquet file: it is too short.");
            }

            stream.Position = stream.Length - 8;
            await stream.ReadExactlyAsync(tail, cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            if (tail[4] != 'P' || tail[5] != 'A' || tail[6] != 'R' || tail[7] != '1')
            {
                throw new FormatException("The object is not a Parquet file: it does not end with PAR1.");
            }

            var footer = BinaryPrimitives.ReadInt32LittleEndian(tail);
            if (footer < 0 || footer > MaxFooterBytes)
            {
                throw new FormatException($"The Parquet footer is {footer} bytes, more than the {MaxFooterBytes / (1 << 20)} MiB supported.");
            }
        }

        /// <summary>Decodes the current row group unless it is decoded already, and skips to the row to read next.</summary>
        public async Task LoadAsync(CancellationToken cancellationToken)
        {
            if (Rows is not null)
            {
                return;
            }

            var size = reader.RowGroups[Group].RowGroup.TotalByteSize;
            if (size > MaxRowGroupBytes)
            {
                throw new FormatException($"Row group {Group} of the Parquet file is {size} bytes, more than the {MaxRowGroupBytes / (1 << 20)} MiB supported.");
            }

            stream.Position = 0;
            try
            {
                var result = await ParquetSerializer.DeserializeUntypedAsync(stream, null, Group, cancellationToken).ConfigureAwait(false);
                Rows = result.Data;
            }
            catch (Exception e) when (e is not (OperationCanceledException or AwsServiceException or AwsClientException or AwsCredentialsException))
            {
                throw new FormatException($"Row group {Group} of the Parquet file cannot be read: {e.Message}");
            }
        }

        public void NextGroup()
        {
            Group++;
            Row = 0;
            Rows = null;
        }

        public void Dispose()
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            stream.Dispose();
        }
    }
}
