using System.Runtime.CompilerServices;

namespace Cairn.Server.Tests.Support;

/// <summary>Locates the repository (the folder holding Cairn.slnx), its examples and the shared workloads.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() => FindRoot());

    public static string Root => LazyRoot.Value;

    public static string Example(string name, string file) => Path.Combine(Root, "examples", name, file);

    public static string Workload(string file) => Path.Combine(Root, "..", "shared", "bench", "workloads", file);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var starts = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "", Environment.CurrentDirectory };
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cairn.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cairn.slnx not found above " + string.Join(", ", starts));
    }
}
