namespace Cairn.Storage.Sqlite.Tests.Support;

/// <summary>A scratch folder for databases; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Dir = Path.Combine(Path.GetTempPath(), "cairn-sqlite-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

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
