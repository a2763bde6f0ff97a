namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// The checked-in list of suite cases expected to fail: one <c>group/case  reason</c> per line, <c>#</c>
/// starts a comment line. The list may only shrink.
/// </summary>
internal static class KnownFailures
{
    public const string FileName = "jsonata-known-failures.txt";

    public const string CurrentFileName = "jsonata-known-failures.current.txt";

    public static IReadOnlyDictionary<string, string> LoadFromOutput() => Load(Path.Combine(AppContext.BaseDirectory, FileName));

    /// <summary>Case id to reason; an absent file is an empty list.</summary>
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return known;
        }

        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var split = line.IndexOfAny([' ', '\t']);
            var id = split < 0 ? line : line[..split];
            known[id] = split < 0 ? string.Empty : line[split..].Trim();
        }

        return known;
    }

    /// <summary>The list as it would read if the failing cases of <paramref name="results"/> were the expected ones.</summary>
    public static IEnumerable<string> Format(IEnumerable<CaseResult> results) =>
        results.Where(r => !r.Passed).Select(r => $"{r.Id}  {Shorten(r.Reason, 200)}");

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "...";
}
