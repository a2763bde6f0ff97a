using System.IO.Compression;
using System.Text;

namespace Cairn.Conformance.Tests;

/// <summary>Zips source files into a function package.</summary>
public static class LambdaZip
{
    public static byte[] Of(params (string Name, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
