namespace Cairn.Cli.Tests.Support;

/// <summary>A scratch folder for definitions, inputs and mock configurations; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly string _root;

    /// <param name="name">The name of the folder files are written to (the default state machine name).</param>
    public TempFolder(string name = "machine")
    {
        _root = Path.Combine(Path.GetTempPath(), "cairn-cli-tests-" + Guid.NewGuid().ToString("N"));
        Dir = Path.Combine(_root, name);
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public string Write(string fileName, string content)
    {
        var path = Path.Combine(Dir, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
