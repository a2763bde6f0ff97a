using Cairn.Conformance.Tests.Replay;
using Xunit.Abstractions;

namespace Cairn.Conformance.Tests;

/// <summary>
/// Judges a replay against its known-failures list: writes the full report and the list of units
/// failing now (a ready-made replacement for the list when it is meant to change), prints the
/// summary, and fails on a failing unit not in the list or a listed unit that passes now.
/// </summary>
public static class ConformanceVerdict
{
    public static void Check(IReadOnlyList<UnitResult> results, string knownFailuresPath, string reportName, string? filter, ITestOutputHelper output)
    {
        var knownFailuresFile = Path.GetFileName(knownFailuresPath);
        var known = KnownFailures.Load(knownFailuresPath);
        var report = new ConformanceReport(results, string.IsNullOrWhiteSpace(filter) ? known : known.Where(k => results.Any(r => r.Dir == k)).ToHashSet(), knownFailuresFile);
        var reportPath = Path.Combine(AppContext.BaseDirectory, reportName + "-report.txt");
        File.WriteAllText(reportPath, report.Full());

        var currentFailures = Path.Combine(AppContext.BaseDirectory, reportName + "-failures.current.txt");
        File.WriteAllLines(currentFailures, results.Where(r => r.Outcome == UnitOutcome.Failed).Select(r => r.Dir).Order(StringComparer.Ordinal));

        var summary = report.Summary() + $"\nFull report: {reportPath}\nCurrently failing units: {currentFailures}\n";
        output.WriteLine(summary);
        Console.WriteLine(summary);

        var newFailures = report.NewFailures.Select(r => r.Dir).ToList();
        var fixedUnits = report.FixedKnownFailures.Select(r => r.Dir).ToList();
        Assert.True(newFailures.Count == 0 && fixedUnits.Count == 0,
            $"{newFailures.Count} unit(s) fail that are not in {knownFailuresFile}; {fixedUnits.Count} listed unit(s) pass now and must be removed from it. See {reportPath}.");
    }
}
