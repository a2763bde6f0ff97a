using System.Runtime.CompilerServices;

namespace Cairn.Cli.Tests.Support;

/// <summary>Locates the repository (the folder holding Cairn.slnx) and its examples.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() => FindRoot());

    public static string Root => LazyRoot.Value;

    public static string Examples => Path.Combine(Root, "examples");

    public static string Example(string name, string file) => Path.Combine(Examples, name, file);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        // The test assembly may be built outside the repository (--artifacts-path), so the
        // folder of this source file is the fallback starting point.
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
