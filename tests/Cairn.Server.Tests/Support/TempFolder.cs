namespace Cairn.Server.Tests.Support;

/// <summary>A scratch folder (data folders, definitions, scripts); deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Dir = Path.Combine(Path.GetTempPath(), "cairn-server-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public string Write(string fileName, string content)
    {
        var path = Path.Combine(Dir, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
