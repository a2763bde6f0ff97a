using System.Globalization;
using System.Text;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>The summary (counts, per group, what changed against the known-failures list) and the full report.</summary>
internal sealed class SuiteReport(IReadOnlyList<CaseResult> results, IReadOnlyDictionary<string, string> known, string? filter)
{
    public IReadOnlyList<CaseResult> NewFailures { get; } = results.Where(r => !r.Passed && !known.ContainsKey(r.Id)).ToList();

    /// <summary>Listed as known failures but passing now: the list must shrink.</summary>
    public IReadOnlyList<CaseResult> FixedKnownFailures { get; } = results.Where(r => r.Passed && known.ContainsKey(r.Id)).ToList();

    public int Passed => results.Count(r => r.Passed);

    public int Failed => results.Count - Passed;

    public int KnownFailed => results.Count(r => !r.Passed && known.ContainsKey(r.Id));

    public string Headline()
    {
        var percent = results.Count == 0 ? 0 : 100.0 * Passed / results.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"JSONata suite: {Passed} passed, {Failed} failed ({KnownFailed} known) of {results.Count} ({percent:0.0}% passing)")
            + (filter is null ? string.Empty : $" [{SuiteResults.FilterVariable}={filter}]");
    }

    public string Summary()
    {
        var sb = new StringBuilder();
        sb.AppendLine(Headline());
        AppendList(sb, $"New failures (not in {KnownFailures.FileName})", NewFailures, 40);
        AppendList(sb, $"Known failures that pass now (remove them from {KnownFailures.FileName})", FixedKnownFailures, int.MaxValue);
        return sb.ToString();
    }

    public string Full()
    {
        var sb = new StringBuilder(Summary());
        sb.AppendLine().AppendLine(string.Create(CultureInfo.InvariantCulture, $"{"group",-36} {"pass",5} {"fail",5} {"known",5}"));
        foreach (var group in results.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-36} {group.Count(r => r.Passed),5} {group.Count(r => !r.Passed),5} {group.Count(r => !r.Passed && known.ContainsKey(r.Id)),5}"));
        }

        sb.AppendLine().AppendLine("Slowest cases:");
        foreach (var r in results.OrderByDescending(r => r.Elapsed).Take(10))
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Elapsed.TotalMilliseconds,8:0.0} ms  {r.Id}"));
        }

        sb.AppendLine().AppendLine("==== Failed cases ====");
        foreach (var r in results.Where(r => !r.Passed))
        {
            sb.AppendLine().AppendLine(r.Describe() + (known.TryGetValue(r.Id, out var reason) ? $"\nknown:      {reason}" : string.Empty));
        }

        sb.AppendLine().AppendLine("==== Passed cases ====");
        foreach (var r in results.Where(r => r.Passed))
        {
            sb.AppendLine(r.Id);
        }

        return sb.ToString();
    }

    private static void AppendList(StringBuilder sb, string title, IReadOnlyList<CaseResult> list, int max)
    {
        if (list.Count == 0)
        {
            return;
        }

        sb.AppendLine().AppendLine($"{title}: {list.Count}");
        foreach (var r in list.Take(max))
        {
            sb.AppendLine($"  {r.Id}  {Shorten(r.Reason, 240)}");
        }

        if (list.Count > max)
        {
            sb.AppendLine($"  ... and {list.Count - max} more (see the full report)");
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "...";
}
