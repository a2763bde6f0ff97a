using System.Text;
using Cairn.Engine.Items;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Integrations.Aws.S3;

/// <summary>
/// Items listed by a manifest, file after file. An S3 inventory manifest (<c>InputType</c> MANIFEST,
/// or <c>ManifestType</c> S3_INVENTORY): <c>manifest.json</c> names the inventory's CSV files
/// (gzip-compressed as S3 writes them) and its <c>fileSchema</c> their columns; each row is an
/// item keyed by those columns (<c>Bucket</c>, <c>Key</c>, <c>Size</c>, ...), values as strings.
/// An Athena data manifest (<c>ManifestType</c> ATHENA_DATA): a text object of <c>s3://</c> URIs,
/// one per line, each object read with the InputType (CSV, JSONL or PARQUET). The position is the
/// file and the position within it.
/// </summary>
public static class ManifestItems
{
    /// <summary>A manifest is read whole each time, so it is bounded.</summary>
    public const int MaxManifestBytes = 16 << 20;

    public static async Task<TaskResult> ReadAsync(S3MapData reader, JObject parameters, JObject config, string? manifestType, string inputType, JObject? position, int maxItems, CancellationToken cancellationToken)
    {
        var athena = manifestType == "ATHENA_DATA";
        if (manifestType is not (null or "ATHENA_DATA" or "S3_INVENTORY"))
        {
            throw new FormatException($"ManifestType must be ATHENA_DATA or S3_INVENTORY, but was '{manifestType}'.");
        }

        if (athena && inputType is not ("CSV" or "JSONL" or "PARQUET"))
        {
            throw new FormatException($"An ATHENA_DATA manifest lists CSV, JSONL or PARQUET objects: InputType must be one of them, but was '{inputType}'.");
        }

        var text = await reader.Objects.GetSmallAsync(parameters, MaxManifestBytes, "manifest", cancellationToken).ConfigureAwait(false);
        var (files, headers) = athena ? (AthenaFiles(text), (string[]?)null) : InventoryFiles(text);
        var file = position?["File"] is JNumber f ? (int)f.IntegerValue : 0;
        var inner = position?["Inner"] as JObject;
        var items = new List<JValue>();
        var innerConfig = athena ? WithoutManifestType(config) : config;
        while (file < files.Count && items.Count < maxItems)
        {
            TaskResult result = athena
                ? await reader.ReadItemsAsync(files[file], innerConfig, inputType, inner, maxItems - items.Count, cancellationToken).ConfigureAwait(false)
                : await InventoryRowsAsync(reader, files[file], headers!, inner, maxItems - items.Count, cancellationToken).ConfigureAwait(false);
            var answer = (JObject)((TaskResult.Succeeded)result).Output;
            items.AddRange((JArray)answer["Items"]!);
            if (answer["End"] is JBool { Value: true })
            {
                file++;
                inner = null;
            }
            else
            {
                inner = (JObject)answer["Position"]!;
            }
        }

        var next = inner is null
            ? JObject.Create(("File", JNumber.From(file)))
            : JObject.Create(("File", JNumber.From(file)), ("Inner", inner));
        return TaskResult.Success(JObject.Create(("Items", JArray.Adopt(items.ToArray())), ("Position", next), ("End", JBool.From(file >= files.Count))));
    }

    private static JObject WithoutManifestType(JObject config)
    {
        var builder = new JObjectBuilder(config.Count);
        foreach (var (key, value) in config)
        {
            if (key != "ManifestType")
            {
                builder.Set(key, value);
            }
        }

        return builder.Build();
    }

    /// <summary>The objects of an Athena data manifest: one <c>s3://bucket/key</c> per line.</summary>
    public static List<JObject> AthenaFiles(byte[] manifest)
    {
        var files = new List<JObject>();
        foreach (var line in Encoding.UTF8.GetString(manifest).Split('\n'))
        {
            var uri = line.Trim().Trim('"');
            if (uri.Length > 0)
            {
                files.Add(S3Objects.ParseUri(uri));
            }
        }

        return files;
    }

    /// <summary>The files and columns of an S3 inventory <c>manifest.json</c>.</summary>
    public static (List<JObject> Files, string[] Headers) InventoryFiles(byte[] manifest)
    {
        if (!JValue.TryParse(Encoding.UTF8.GetString(manifest), out var parsed, out _) || parsed is not JObject document)
        {
            throw new FormatException("The S3 inventory manifest is not a JSON object.");
        }

        var format = document["fileFormat"] is JString ff ? ff.Value : null;
        if (!string.Equals(format, "CSV", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"The S3 inventory manifest's fileFormat must be CSV, but was '{format}'.");
        }

        if (document["fileSchema"] is not JString schema || schema.Value.Trim().Length == 0)
        {
            throw new FormatException("The S3 inventory manifest has no fileSchema.");
        }

        var bucket = document["destinationBucket"] is JString db ? db.Value : throw new FormatException("The S3 inventory manifest has no destinationBucket.");
        if (bucket.StartsWith("arn:", StringComparison.Ordinal))
        {
            bucket = bucket[(bucket.LastIndexOf(':') + 1)..];
        }

        var files = new List<JObject>();
        foreach (var entry in document["files"] as JArray ?? throw new FormatException("The S3 inventory manifest has no files."))
        {
            var key = (entry as JObject)?["key"] as JString ?? throw new FormatException("Each file of the S3 inventory manifest needs a key.");
            files.Add(JObject.Create(("Bucket", new JString(bucket)), ("Key", key)));
        }

        var headers = schema.Value.Split(',', StringSplitOptions.TrimEntries);
        return (files, headers);
    }

    private static async Task<TaskResult> InventoryRowsAsync(S3MapData reader, JObject file, string[] headers, JObject? position, int maxItems, CancellationToken cancellationToken)
    {
        var row = position?["Row"] is JNumber r ? r.IntegerValue : 0;
        var key = $"inventory\n{file.ToJson()}\n{row}";
        var cursor = reader.Cursors.Take<CsvFileCursor>(key) ?? await CsvFileCursor.OpenAsync(reader.Objects, file, row, cancellationToken).ConfigureAwait(false);
        var rows = new List<string[]>();
        try
        {
            await cursor.ReadAsync(rows, maxItems, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            cursor.Dispose();
            throw;
        }

        var order = CsvItems.KeyOrder(headers);
        var items = new JValue[rows.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = CsvItems.Item(headers, order, rows[i]);
        }

        var end = cursor.Ended;
        var next = JObject.Create(("Row", JNumber.From(cursor.Row)));
        if (end)
        {
            cursor.Dispose();
        }
        else
        {
            reader.Cursors.Keep($"inventory\n{file.ToJson()}\n{cursor.Row}", cursor);
        }

        return TaskResult.Success(JObject.Create(("Items", JArray.Adopt(items)), ("Position", next), ("End", JBool.From(end))));
    }
}
