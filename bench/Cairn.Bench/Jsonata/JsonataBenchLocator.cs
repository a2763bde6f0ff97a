namespace Cairn.Bench.Jsonata;

/// <summary>
/// Finds the benchmark expressions (<c>bench/compare/jsonata/expressions.json</c>, shared with the node
/// script so both sides time the same thing) and the JSONata suite's datasets
/// (<c>CAIRN_JSONATA_SUITE_DIR</c>, else <c>../shared/conformance/jsonata</c> beside the repository).
/// </summary>
public static class JsonataBenchLocator
{
    public const string SuiteVariable = "CAIRN_JSONATA_SUITE_DIR";

    public static string ExpressionsFile()
    {
        var path = Path.Combine(RepositoryRoot(), "bench", "compare", "jsonata", "expressions.json");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Benchmark expressions not found: {path}");
    }

    public static string DatasetsDirectory()
    {
        var suite = Environment.GetEnvironmentVariable(SuiteVariable);
        if (string.IsNullOrWhiteSpace(suite))
        {
            suite = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "conformance", "jsonata"));
        }

        var datasets = Path.Combine(suite, "datasets");
        return Directory.Exists(datasets)
            ? datasets
            : throw new DirectoryNotFoundException($"JSONata suite datasets not found in {suite}; set {SuiteVariable}.");
    }

    private static string RepositoryRoot()
    {
        // Builds may go to an artifacts folder outside the repository: try the working directory first.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cairn.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Cairn.slnx not found above the working directory or the binary; run from the repository.");
    }
}
