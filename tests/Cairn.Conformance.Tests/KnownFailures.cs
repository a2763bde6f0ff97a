namespace Cairn.Conformance.Tests;

/// <summary>The checked-in lists of units expected to fail (one unit dir per line, <c>#</c> comments); they may only shrink.</summary>
public static class KnownFailures
{
    /// <summary>The list of the JSONPath selection.</summary>
    public const string FileName = "known-failures.txt";

    /// <summary>The list of the JSONata selection.</summary>
    public const string JsonataFileName = "known-failures-jsonata.txt";

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
