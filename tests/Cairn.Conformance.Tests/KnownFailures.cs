namespace Cairn.Conformance.Tests;

/// <summary>The checked-in list of units expected to fail (one unit dir per line, <c>#</c> comments); it may only shrink.</summary>
public static class KnownFailures
{
    public const string FileName = "known-failures.txt";

    public static IReadOnlySet<string> Load(string path)
    {
        if (!File.Exists(path))
        {
            return new HashSet<string>();
        }

        return File.ReadAllLines(path)
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }
}
