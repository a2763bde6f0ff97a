using System.Globalization;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Json;

namespace Cairn.Integrations.Aws.S3;

/// <summary>
/// The S3 calls a Distributed Map's reader makes: byte ranges of an object (each at most a few
/// MiB, so no answer is ever held whole), through the S3 service model and the signed client.
/// </summary>
public sealed class S3Objects(AwsClient client)
{
    public AwsClient Client => client;

    /// <summary>Bytes [offset, offset + size) of the object (fewer at its end), and the object's size.</summary>
    /// <param name="parameters">The GetObject parameters as the ItemReader gives them (Bucket, Key, VersionId, ...).</param>
    public async Task<(byte[] Data, long Total)> GetRangeAsync(JObject parameters, long offset, int size, CancellationToken cancellationToken)
    {
        var (model, operation) = Operation("GetObject");
        var input = SdkParameters.ToInput(parameters, operation.Input, operation.Name);
        var builder = new JObjectBuilder(input.Count + 1);
        foreach (var (key, value) in input)
        {
            builder.Set(key, value);
        }

        builder.Set("Range", new JString($"bytes={offset}-{offset + size - 1}"));
        try
        {
            var result = await client.CallAsync(model, operation, builder.Build(), OutputStyle.Sdk, null, cancellationToken).ConfigureAwait(false);
            var total = TotalSize(result.Response.Header("Content-Range")) ?? offset + result.Response.Body.Length;
            return (result.Response.Body, total);
        }
        catch (AwsServiceException e) when (e.Code == "InvalidRange")
        {
            // Past the end (or an empty object).
            return (Array.Empty<byte>(), offset);
        }
    }

    /// <summary>A whole object that must be small (a manifest): read by ranges, refused past <paramref name="limit"/> bytes.</summary>
    public async Task<byte[]> GetSmallAsync(JObject parameters, int limit, string what, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        for (long offset = 0; ;)
        {
            var (data, total) = await GetRangeAsync(parameters, offset, S3MapData.PartBytes, cancellationToken).ConfigureAwait(false);
            if (total > limit)
            {
                throw new FormatException($"The {what} is larger than {limit / (1 << 20)} MiB.");
            }

            buffer.Write(data);
            offset += data.Length;
            if (data.Length == 0 || offset >= total)
            {
                return buffer.ToArray();
            }
        }
    }

    public (ServiceModel Model, Operation Operation) Operation(string name)
    {
        var model = client.Models.Find("s3") ?? throw new FormatException("The S3 service model is not available.");
        return (model, model.FindOperation(name) ?? throw new FormatException($"The S3 service model has no {name}."));
    }

    /// <summary>The Bucket and Key of an <c>s3://bucket/key</c> URI (any case of the scheme), as GetObject parameters.</summary>
    public static JObject ParseUri(string uri)
    {
        var text = uri.Trim();
        if (!text.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) || text.IndexOf('/', 5) is var slash && slash <= 5 || slash == text.Length - 1)
        {
            throw new FormatException($"'{uri}' is not an S3 URI (s3://bucket/key).");
        }

        return JObject.Create(("Bucket", new JString(text[5..slash])), ("Key", new JString(text[(slash + 1)..])));
    }

    private static long? TotalSize(string? contentRange)
    {
        var slash = contentRange?.LastIndexOf('/') ?? -1;
        return slash >= 0 && long.TryParse(contentRange![(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var total) ? total : null;
    }
}
