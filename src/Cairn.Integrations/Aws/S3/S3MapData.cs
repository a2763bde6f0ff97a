using System.Globalization;
using System.Text;
using Cairn.Engine.Items;
using Cairn.Asl;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Json;

namespace Cairn.Integrations.Aws.S3;

/// <summary>
/// A Distributed Map's data in S3: its ItemReader's next items (<c>s3:getObject</c> of a CSV,
/// JSON or JSON Lines object, read by byte ranges so an object of any size is never held whole;
/// <c>s3:listObjectsV2</c>, page by page) and its ResultWriter's files (<c>s3:putObject</c>).
/// Each read returns where the next one starts, so a Map Run resumes after a restart without
/// reading again what it has.
/// </summary>
public sealed class S3MapData(AwsClient client) : ITaskHandler
{
    private readonly S3Objects _objects = new(client);
    private readonly ItemCursors _cursors = new();

    /// <summary>Bytes one ranged read asks for.</summary>
    public const int PartBytes = 1 << 20;

    /// <summary>An item (a row, a line, an array element) may not be larger than this.</summary>
    public const int MaxItemBytes = 8 << 20;

    public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) => request.Purpose switch
    {
        TaskPurpose.ItemReader => new(ReadAsync(request, cancellationToken)),
        TaskPurpose.ResultWriter => new(WriteAsync(request, cancellationToken)),
        _ => new(TaskResult.Failure(StatesErrors.Runtime, $"{request.Resource} is not a Task state resource.")),
    };

    private async Task<TaskResult> ReadAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        var read = request.Parameters as JObject ?? JObject.Empty;
        var parameters = read["Parameters"] as JObject ?? JObject.Empty;
        var config = read["ReaderConfig"] as JObject ?? JObject.Empty;
        var position = read["Position"] as JObject;
        var maxItems = read["MaxItems"] is JNumber n ? (int)Math.Clamp(n.IntegerValue, 1, 10_000) : 1000;
        var action = ServiceTaskResource.Parse(request.Resource) is { IsSdk: false, Service: "s3" } resource ? resource.Action : null;
        try
        {
            return action switch
            {
                "getObject" => await ReadObjectAsync(parameters, config, position, maxItems, cancellationToken).ConfigureAwait(false),
                "listObjectsV2" => await ListObjectsAsync(parameters, position, maxItems, cancellationToken).ConfigureAwait(false),
                _ => TaskResult.Failure(StatesErrors.ItemReaderFailed, $"The ItemReader resource {request.Resource} is not supported: use arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2."),
            };
        }
        catch (FormatException e)
        {
            return TaskResult.Failure(StatesErrors.ItemReaderFailed, e.Message);
        }
        catch (AwsServiceException e)
        {
            return TaskResult.Failure(StatesErrors.ItemReaderFailed, ServiceCause(e));
        }
        catch (AwsParameterException e)
        {
            return TaskResult.Failure(StatesErrors.ItemReaderFailed, e.Message);
        }
        catch (Exception e) when (e is AwsClientException or AwsCredentialsException)
        {
            return TaskResult.Failure(StatesErrors.ItemReaderFailed, e.Message);
        }
    }

    private async Task<TaskResult> ReadObjectAsync(JObject parameters, JObject config, JObject? position, int maxItems, CancellationToken cancellationToken)
    {
        var manifestType = config["ManifestType"] is JString m ? m.Value : null;
        var inputType = config["InputType"] is JString t ? t.Value : manifestType == "S3_INVENTORY" ? "MANIFEST" : throw new FormatException("ReaderConfig must give the InputType of an s3:getObject ItemReader (CSV, JSON, JSONL, MANIFEST or PARQUET).");
        if (manifestType is not null || inputType == "MANIFEST")
        {
            return await ManifestItems.ReadAsync(this, parameters, config, manifestType, inputType, position, maxItems, cancellationToken).ConfigureAwait(false);
        }

        return await ReadItemsAsync(parameters, config, inputType, position, maxItems, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next items of one object of the given InputType (CSV, JSON, JSONL or PARQUET) from <paramref name="position"/>.</summary>
    internal async Task<TaskResult> ReadItemsAsync(JObject parameters, JObject config, string inputType, JObject? position, int maxItems, CancellationToken cancellationToken)
    {
        if (inputType == "PARQUET")
        {
            var (rows, next, end) = await ParquetItems.ReadAsync(_objects, _cursors, parameters, position, maxItems, cancellationToken).ConfigureAwait(false);
            return TaskResult.Success(JObject.Create(("Items", JArray.Adopt(rows.ToArray())), ("Position", next), ("End", JBool.From(end))));
        }

        if (inputType is not ("CSV" or "JSON" or "JSONL"))
        {
            throw new FormatException($"InputType must be one of CSV, JSON, JSONL, MANIFEST, PARQUET, but was '{inputType}'.");
        }

        var offset = position?["Offset"] is JNumber o ? o.IntegerValue : 0;
        var headers = position?["Headers"] as JArray ?? GivenHeaders(config, inputType);
        var inArray = position?["InArray"] is JBool { Value: true };
        var line = position?["Line"] is JNumber l ? l.IntegerValue : 0;
        var delimiter = inputType == "CSV" ? CsvItems.Delimiter(config["CSVDelimiter"] is JString d ? d.Value : null) : (byte)',';
        var pointer = config["ItemsPointer"] is JString p ? p.Value : null;
        var items = new List<JValue>();

        // A range about as large as the items asked for (as large as the earlier ones were), not more.
        var itemBytes = position?["ItemBytes"] is JNumber ib ? ib.IntegerValue : 0;
        var first = itemBytes > 0 ? (int)Math.Clamp(itemBytes * maxItems * 5 / 4, 16 << 10, PartBytes) : PartBytes;
        for (var size = first; ; size *= 2)
        {
            var (data, total) = await _objects.GetRangeAsync(parameters, offset, size, cancellationToken).ConfigureAwait(false);
            var final = offset + data.Length >= total;
            var at = 0;
            var ended = false;
            switch (inputType)
            {
                case "JSON":
                    if (!inArray)
                    {
                        var start = JsonItems.FindArray(data, final, pointer);
                        if (start < 0)
                        {
                            break;
                        }

                        inArray = true;
                        at = (int)start;
                    }

                    at += JsonItems.ReadElements(data.AsSpan(at), final, maxItems, items, out ended);
                    break;
                case "JSONL":
                    at = JsonItems.ReadLines(data, final, maxItems, items, line);
                    ended = final && at == data.Length;
                    break;
                default:
                    var rows = new List<string[]>();
                    if (headers is null)
                    {
                        at = CsvItems.ReadRows(data, delimiter, final, 1, rows);
                        if (rows.Count == 0)
                        {
                            if (final)
                            {
                                return Answer(items, offset + at, null, false, 0, true, 0);
                            }

                            break;
                        }

                        headers = Headers(rows[0]);
                        rows.Clear();
                    }

                    at += CsvItems.ReadRows(data.AsSpan(at), delimiter, final, maxItems, rows);
                    var names = new string[headers.Count];
                    for (var i = 0; i < names.Length; i++)
                    {
                        names[i] = ((JString)headers[i]).Value;
                    }

                    var order = CsvItems.KeyOrder(names);
                    foreach (var row in rows)
                    {
                        items.Add(CsvItems.Item(names, order, row));
                    }

                    ended = final && at == data.Length;
                    break;
            }

            if (items.Count > 0 || ended || (final && at == data.Length) || (at > 0 && !inArray && inputType != "JSON"))
            {
                if (inputType == "JSONL")
                {
                    line += CountLines(data.AsSpan(0, at));
                }

                return Answer(items, offset + at, headers, inArray, line, ended || (final && offset + at >= total), items.Count > 0 ? Math.Max(1, at / items.Count) : itemBytes);
            }

            if (inArray && at > 0)
            {
                // The array's start was found but no element is complete yet: read on from it.
                return Answer(items, offset + at, headers, inArray, line, false, itemBytes);
            }

            if (final || size >= MaxItemBytes)
            {
                throw new FormatException(final
                    ? "The object ends before its items do."
                    : $"An item of the object is larger than {MaxItemBytes / (1 << 20)} MiB.");
            }
        }
    }

    private static TaskResult Answer(List<JValue> items, long offset, JArray? headers, bool inArray, long line, bool end, long itemBytes)
    {
        var position = new JObjectBuilder(5);
        position.Set("Offset", JNumber.From(offset));
        if (itemBytes > 0)
        {
            position.Set("ItemBytes", JNumber.From(itemBytes));
        }

        if (headers is not null)
        {
            position.Set("Headers", headers);
        }

        if (inArray)
        {
            position.Set("InArray", JBool.True);
        }

        if (line > 0)
        {
            position.Set("Line", JNumber.From(line));
        }

        return TaskResult.Success(JObject.Create(("Items", JArray.Adopt(items.ToArray())), ("Position", position.Build()), ("End", JBool.From(end))));
    }

    private static int CountLines(ReadOnlySpan<byte> data) => data.Count((byte)'\n');

    private static JArray? GivenHeaders(JObject config, string inputType)
    {
        if (inputType != "CSV")
        {
            return null;
        }

        var location = config["CSVHeaderLocation"] is JString l ? l.Value : "FIRST_ROW";
        if (location == "FIRST_ROW")
        {
            return null;
        }

        if (location != "GIVEN")
        {
            throw new FormatException($"CSVHeaderLocation must be FIRST_ROW or GIVEN, but was '{location}'.");
        }

        if (config["CSVHeaders"] is not JArray given || given.Count == 0)
        {
            throw new FormatException("CSVHeaders must list the headers when CSVHeaderLocation is GIVEN.");
        }

        var names = new string[given.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = given[i] is JString s ? s.Value : throw new FormatException("CSVHeaders must be strings.");
        }

        return Headers(names);
    }

    private static JArray Headers(string[] names)
    {
        if (new HashSet<string>(names, StringComparer.Ordinal).Count != names.Length)
        {
            throw new FormatException("CSV headers cannot contain duplicates.");
        }

        var values = new JValue[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            values[i] = new JString(names[i]);
        }

        return JArray.Adopt(values);
    }

    private async Task<TaskResult> ListObjectsAsync(JObject parameters, JObject? position, int maxItems, CancellationToken cancellationToken)
    {
        var (model, operation) = Operation("ListObjectsV2");
        var input = SdkParameters.ToInput(parameters, operation.Input, operation.Name);
        var builder = new JObjectBuilder(input.Count + 2);
        foreach (var (key, value) in input)
        {
            if (key is not ("ContinuationToken" or "MaxKeys"))
            {
                builder.Set(key, value);
            }
        }

        if (position?["ContinuationToken"] is JString token)
        {
            builder.Set("ContinuationToken", token);
        }

        builder.Set("MaxKeys", JNumber.From(Math.Clamp(maxItems, 1, 1000)));
        var result = await client.CallAsync(model, operation, builder.Build(), OutputStyle.Sdk, null, cancellationToken).ConfigureAwait(false);
        var output = result.Output;
        var items = new List<JValue>();
        foreach (var content in output["Contents"] as JArray ?? JArray.Empty)
        {
            if (content is JObject o)
            {
                items.Add(JObject.Create(
                    ("Etag", o["ETag"] ?? JNull.Instance),
                    ("Key", o["Key"] ?? JNull.Instance),
                    ("LastModified", EpochSeconds(o["LastModified"])),
                    ("Size", o["Size"] ?? JNumber.From(0)),
                    ("StorageClass", o["StorageClass"] ?? new JString("STANDARD"))));
            }
        }

        var truncated = output["IsTruncated"] is JBool { Value: true } && output["NextContinuationToken"] is JString;
        var next = truncated ? JObject.Create(("ContinuationToken", output["NextContinuationToken"]!)) : JObject.Empty;
        return TaskResult.Success(JObject.Create(("Items", JArray.Adopt(items.ToArray())), ("Position", next), ("End", JBool.From(!truncated))));
    }

    private static JValue EpochSeconds(JValue? value) => value switch
    {
        JNumber n => JNumber.From((long)n.DoubleValue),
        JString s when DateTimeOffset.TryParse(s.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => JNumber.From(time.ToUnixTimeSeconds()),
        null => JNull.Instance,
        _ => value,
    };

    private async Task<TaskResult> WriteAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        var write = request.Parameters as JObject ?? JObject.Empty;
        var bucket = write["Bucket"] as JString;
        var key = write["Key"] as JString;
        var body = write["Body"] is JString b ? b.Value : string.Empty;
        if (bucket is null || key is null)
        {
            return TaskResult.Failure(StatesErrors.ResultWriterFailed, "The ResultWriter needs a Bucket.");
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        try
        {
            var (model, operation) = Operation("PutObject");
            var input = JObject.Create(("Bucket", bucket), ("Key", key), ("Body", new JString(Convert.ToBase64String(bytes))), ("ContentType", new JString("application/json")));
            await client.CallAsync(model, operation, input, OutputStyle.Sdk, null, cancellationToken).ConfigureAwait(false);
            return TaskResult.Success(JObject.Create(("Key", key), ("Size", JNumber.From(bytes.Length))));
        }
        catch (AwsServiceException e)
        {
            return TaskResult.Failure(StatesErrors.ResultWriterFailed, ServiceCause(e));
        }
        catch (Exception e) when (e is AwsClientException or AwsCredentialsException or AwsParameterException)
        {
            return TaskResult.Failure(StatesErrors.ResultWriterFailed, e.Message);
        }
    }

    private (ServiceModel Model, Operation Operation) Operation(string name) => _objects.Operation(name);

    /// <summary>The S3 calls of this reader.</summary>
    internal S3Objects Objects => _objects;

    /// <summary>Readers kept open between reads.</summary>
    internal ItemCursors Cursors => _cursors;

    private static string ServiceCause(AwsServiceException e) =>
        $"{e.Message} (Service: S3, Status Code: {e.Status}, Error Code: {e.Code}, Request ID: {e.RequestId})";
}
