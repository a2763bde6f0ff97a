using System.Text;
using Cairn.Conformance.Tests.Replay;

namespace Cairn.Conformance.Tests;

/// <summary>Summary (counts per folder, failures with their first difference) and the full report text.</summary>
public sealed class ConformanceReport(IReadOnlyList<UnitResult> results, IReadOnlySet<string> knownFailures, string knownFailuresFile = KnownFailures.FileName)
{
    public IEnumerable<UnitResult> NewFailures =>
        results.Where(r => r.Outcome == UnitOutcome.Failed && !knownFailures.Contains(r.Dir));

    /// <summary>Listed as known failures but passing now: the list must shrink.</summary>
    public IEnumerable<UnitResult> FixedKnownFailures =>
        results.Where(r => r.Outcome == UnitOutcome.Passed && knownFailures.Contains(r.Dir));

    public string Summary()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"AWS-recorded conformance: {Count(UnitOutcome.Passed)} passed, {Count(UnitOutcome.Failed)} failed " +
                      $"({NewFailures.Count()} not in {knownFailuresFile}), {Count(UnitOutcome.Unsupported)} unsupported, {results.Count} total");
        sb.AppendLine();
        sb.AppendLine($"{"folder",-90} {"pass",5} {"fail",5} {"unsup",5}");
        foreach (var group in results.GroupBy(r => r.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine($"{group.Key,-90} {group.Count(r => r.Outcome == UnitOutcome.Passed),5} " +
                          $"{group.Count(r => r.Outcome == UnitOutcome.Failed),5} {group.Count(r => r.Outcome == UnitOutcome.Unsupported),5}");
        }

        AppendList(sb, $"New failures (not in {knownFailuresFile})", NewFailures, r => Shorten(r.FirstDifference, 300));
        AppendList(sb, $"Known failures that now pass (remove them from {knownFailuresFile})", FixedKnownFailures, _ => null);
        return sb.ToString();
    }

    public string Full()
    {
        var sb = new StringBuilder(Summary());
        foreach (var outcome in new[] { UnitOutcome.Failed, UnitOutcome.Unsupported })
        {
            sb.AppendLine().AppendLine($"==== {outcome} units ====");
            foreach (var r in results.Where(r => r.Outcome == outcome))
            {
                sb.AppendLine().AppendLine($"--- {r.Dir}{(knownFailures.Contains(r.Dir) ? " (known)" : string.Empty)}");
                foreach (var detail in r.Details)
                {
                    sb.AppendLine("    " + detail);
                }
            }
        }

        sb.AppendLine().AppendLine("==== Passed units ====");
        foreach (var r in results.Where(r => r.Outcome == UnitOutcome.Passed))
        {
            sb.AppendLine(r.Dir);
        }

        return sb.ToString();
    }

    private int Count(UnitOutcome outcome) => results.Count(r => r.Outcome == outcome);

    private static void AppendList(StringBuilder sb, string title, IEnumerable<UnitResult> units, Func<UnitResult, string?> detail)
    {
        var list = units.ToList();
        if (list.Count == 0)
        {
            return;
        }

        sb.AppendLine().AppendLine($"{title}: {list.Count}");
        foreach (var r in list)
        {
            var d = detail(r);
            sb.AppendLine(d is null ? $"  {r.Dir}" : $"  {r.Dir}\n      {d}");
        }
    }

    private static string? Shorten(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..max] + "...";
}
