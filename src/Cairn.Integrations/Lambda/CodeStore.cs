using System.IO.Compression;
using System.Security.Cryptography;

namespace Cairn.Integrations.Lambda;

/// <summary>
/// Function code, content-addressed: each zip is kept once under its SHA-256
/// (<c>zips/HEX.zip</c>) and extracted once, on first use, to <c>code/HEX/</c>, which every
/// sandbox of every function with that code runs from. Zips are checked when added: a file that is
/// not a zip, an entry that would land outside its folder, or more than Lambda's 250 MB unzipped
/// is refused with AWS's error.
/// </summary>
public sealed class CodeStore
{
    /// <summary>Lambda's limit on a function's unzipped code (250 MB).</summary>
    public const long MaxUnzippedBytes = 262_144_000;

    /// <summary>Lambda's limit on a zip uploaded with the request (50 MB).</summary>
    public const long MaxZipBytes = 52_428_800;

    private readonly string _zips;
    private readonly string _code;
    private readonly object _extractLock = new();

    public CodeStore(string root)
    {
        Root = root;
        _zips = Path.Combine(root, "zips");
        _code = Path.Combine(root, "code");
    }

    public string Root { get; }

    /// <summary>Checks and keeps a zip; returns its SHA-256 (base64, as Lambda's CodeSha256) and size.</summary>
    public (string Sha256, long Size) Add(ReadOnlySpan<byte> zip)
    {
        if (zip.Length > MaxZipBytes)
        {
            throw LambdaException.InvalidParameter($"Unzipped size must be smaller than {MaxUnzippedBytes} bytes");
        }

        Check(zip.ToArray());
        var hash = SHA256.HashData(zip);
        var path = ZipPath(Convert.ToHexString(hash));
        if (!File.Exists(path))
        {
            // Folders are made with the first function: a server that never gets one leaves none behind.
            Directory.CreateDirectory(_zips);
            Directory.CreateDirectory(_code);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, zip.ToArray());
            File.Move(temporary, path, overwrite: true);
        }

        return (Convert.ToBase64String(hash), zip.Length);
    }

    /// <summary>Whether the zip with this SHA-256 is kept.</summary>
    public bool Contains(string sha256) => File.Exists(ZipPath(Hex(sha256)));

    /// <summary>The zip's bytes (GetFunction's code location serves them).</summary>
    public byte[] Read(string sha256) => File.ReadAllBytes(ZipPath(Hex(sha256)));

    /// <summary>The folder the code is extracted to, extracting it the first time.</summary>
    public string Extracted(string sha256)
    {
        var hex = Hex(sha256);
        var folder = Path.Combine(_code, hex);
        if (Directory.Exists(folder))
        {
            return folder;
        }

        lock (_extractLock)
        {
            if (Directory.Exists(folder))
            {
                return folder;
            }

            var temporary = folder + "." + Guid.NewGuid().ToString("N") + ".tmp";
            ZipFile.ExtractToDirectory(ZipPath(hex), temporary);
            Directory.Move(temporary, folder);
            return folder;
        }
    }

    private string ZipPath(string hex) => Path.Combine(_zips, hex + ".zip");

    private static string Hex(string sha256) => Convert.ToHexString(Convert.FromBase64String(sha256));

    private static void Check(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith('/') || name.Split('/').Contains(".."))
                {
                    throw LambdaException.InvalidParameter($"Could not unzip uploaded file: the entry '{entry.FullName}' lies outside the function's folder.");
                }

                total += entry.Length;
                if (total > MaxUnzippedBytes)
                {
                    throw LambdaException.InvalidParameter($"Unzipped size must be smaller than {MaxUnzippedBytes} bytes");
                }
            }
        }
        catch (InvalidDataException)
        {
            throw LambdaException.InvalidParameter("Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
    }
}
