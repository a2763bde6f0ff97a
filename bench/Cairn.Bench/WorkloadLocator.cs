namespace Cairn.Bench;

/// <summary>Finds the shared workload folder: CAIRN_WORKLOADS, else ../shared/bench/workloads beside the repository.</summary>
public static class WorkloadLocator
{
    public const string EnvironmentVariable = "CAIRN_WORKLOADS";

    public static string FindDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Directory.Exists(overridden)
                ? Path.GetFullPath(overridden)
                : throw new DirectoryNotFoundException($"{EnvironmentVariable} points to a missing folder: {overridden}");
        }

        // Builds may go to an artifacts folder outside the repository, so the binary's own location
        // is not enough: start from the working directory first, then from the binary.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var root = FindRepositoryRoot(start);
            if (root is not null)
            {
                var candidate = Path.GetFullPath(Path.Combine(root, "..", "shared", "bench", "workloads"));
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Workloads not found at ../shared/bench/workloads relative to the repository root; set {EnvironmentVariable}.");
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cairn.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
