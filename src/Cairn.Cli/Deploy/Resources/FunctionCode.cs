using System.IO.Compression;
using System.Text;

namespace Cairn.Cli.Deploy.Resources;

/// <summary>
/// A function's deployment package as a zip: a folder zipped (as <c>sam deploy</c> packages a
/// <c>CodeUri</c> folder), a zip file as it is, or inline code written to <c>index.py</c> /
/// <c>index.js</c> as Lambda does for CloudFormation's <c>ZipFile</c>. At most 50 MB, Lambda's
/// limit for a package uploaded directly.
/// </summary>
internal static class FunctionCode
{
    public const long MaxZipBytes = 50L * 1024 * 1024;

    public static byte[] FromPath(ResourceContext context, string path)
    {
        if (Directory.Exists(path))
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var entry = zip.CreateEntry(Path.GetRelativePath(path, file).Replace('\\', '/'), CompressionLevel.Optimal);
                    entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                    using var source = File.OpenRead(file);
                    using var target = entry.Open();
                    source.CopyTo(target);
                    if (buffer.Length > MaxZipBytes)
                    {
                        throw context.Error($"the code in {path} zips to more than {MaxZipBytes / (1024 * 1024)} MB, Lambda's limit");
                    }
                }
            }

            return Checked(context, buffer.ToArray(), path);
        }

        if (File.Exists(path))
        {
            if (new FileInfo(path).Length > MaxZipBytes)
            {
                throw context.Error($"{path} is larger than {MaxZipBytes / (1024 * 1024)} MB, Lambda's limit");
            }

            return Checked(context, File.ReadAllBytes(path), path);
        }

        throw context.Error($"no such code folder or zip file '{path}'");
    }

    public static byte[] Inline(string code, string runtime)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(runtime.StartsWith("nodejs", StringComparison.Ordinal) ? "index.js" : "index.py");
            entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var target = entry.Open();
            target.Write(Encoding.UTF8.GetBytes(code));
        }

        return buffer.ToArray();
    }

    private static byte[] Checked(ResourceContext context, byte[] zip, string path)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            _ = archive.Entries.Count;
            return zip;
        }
        catch (InvalidDataException)
        {
            throw context.Error($"{path} is neither a folder nor a zip file");
        }
    }
}
