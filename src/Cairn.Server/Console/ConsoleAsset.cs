using System.IO.Compression;
using System.Security.Cryptography;

namespace Cairn.Server.Console;

/// <summary>One built file of the console, with its gzipped form made on first use.</summary>
internal sealed class ConsoleAsset
{
    private readonly Lazy<byte[]?> _gzipped;

    public ConsoleAsset(string path, byte[] content, string contentType, bool immutable)
    {
        Path = path;
        Content = content;
        ContentType = contentType;
        Immutable = immutable;
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"";
        _gzipped = new Lazy<byte[]?>(() => Compress(content, contentType));
    }

    public string Path { get; }

    public byte[] Content { get; }

    public string ContentType { get; }

    public bool Immutable { get; }

    public string ETag { get; }

    /// <summary>The gzipped content, or null when compressing does not pay (images, tiny files).</summary>
    public byte[]? Gzipped => _gzipped.Value;

    private static byte[]? Compress(byte[] content, string contentType)
    {
        if (content.Length < 1024 || contentType.StartsWith("image/png", StringComparison.Ordinal) || contentType.StartsWith("font/", StringComparison.Ordinal))
        {
            return null;
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.Length < content.Length ? output.ToArray() : null;
    }
}
