using System.Runtime.CompilerServices;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// Where the JSONata test suite lives: <c>CAIRN_JSONATA_SUITE_DIR</c>, or
/// <c>shared/conformance/jsonata</c> beside the repository (the folder holding Cairn.slnx).
/// </summary>
internal static class SuiteLocation
{
    public const string Variable = "CAIRN_JSONATA_SUITE_DIR";

    public static string DefaultRoot => Path.GetFullPath(Path.Combine(RepositoryRoot() ?? ".", "..", "shared", "conformance", "jsonata"));

    /// <summary>The suite folder (holding <c>groups</c> and <c>datasets</c>), or null when it is not there.</summary>
    public static string? LocateRoot()
    {
        var candidate = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(candidate))
        {
            candidate = DefaultRoot;
        }

        return Directory.Exists(Path.Combine(candidate, "groups")) && Directory.Exists(Path.Combine(candidate, "datasets")) ? candidate : null;
    }

    public static string NotFoundMessage => $"JSONata test suite not found (set {Variable}; default {DefaultRoot}).";

    private static string? RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        // The test assembly may be built outside the repository (--artifacts-path), so the folder
        // of this source file is a second starting point.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "", Environment.CurrentDirectory })
        {
            for (var dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cairn.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
