using Xunit.Abstractions;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// The JSONata test suite (<c>CAIRN_JSONATA_SUITE_DIR</c>, default <c>../shared/conformance/jsonata</c> beside
/// the repository). <see cref="Case"/> is one test per case, to run a group with
/// <c>--filter "FullyQualifiedName~JsonataSuite&amp;DisplayName~function-sort"</c>; <see cref="All_cases"/> runs
/// every case and fails on a failing case missing from jsonata-known-failures.txt or a listed case that passes.
/// <c>CAIRN_JSONATA_FILTER</c> narrows both to case ids containing it; <c>CAIRN_JSONATA_STRICT=1</c> makes the
/// per-case test fail for known failures too.
/// </summary>
public sealed class JsonataSuiteTests(ITestOutputHelper output)
{
    private const string SuiteMissing = "(suite not found)";

    /// <summary>Some cases hold lone surrogates; the report shows them as U+FFFD instead of refusing to write.</summary>
    private static readonly System.Text.Encoding ReportEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        var suite = SuiteResults.Suite;
        if (suite is null)
        {
            data.Add(SuiteMissing);
            return data;
        }

        foreach (var c in SuiteResults.Selected(suite))
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case(string id)
    {
        var suite = SuiteResults.Suite;
        Assert.True(suite is not null && id != SuiteMissing, SuiteLocation.NotFoundMessage);

        var result = SuiteResults.Result(suite[id]);
        output.WriteLine(result.Describe());

        var known = KnownFailures.LoadFromOutput();
        if (known.TryGetValue(id, out var reason))
        {
            output.WriteLine($"known:      {reason}");
            Assert.False(result.Passed, $"{id} passes now: remove it from {KnownFailures.FileName}.");
            Assert.False(SuiteResults.Strict, $"{id} fails (a known failure; {SuiteResults.StrictVariable}=1): {result.Reason}");
            return;
        }

        Assert.True(result.Passed, result.Describe());
    }

    [Fact]
    public void All_cases()
    {
        var suite = SuiteResults.Suite;
        Assert.True(suite is not null, SuiteLocation.NotFoundMessage);

        var results = SuiteResults.Selected(suite).Select(SuiteResults.Result).ToList();
        var known = KnownFailures.LoadFromOutput();
        var filter = SuiteResults.Filter;
        var relevantKnown = filter is null ? known : known.Where(k => results.Any(r => r.Id == k.Key)).ToDictionary();
        var report = new SuiteReport(results, relevantKnown, filter);

        var reportPath = Path.Combine(AppContext.BaseDirectory, "jsonata-suite-report.txt");
        File.WriteAllText(reportPath, report.Full(), ReportEncoding);

        // Ready-made replacement for the known-failures list when the set of failing cases is meant to change.
        var currentPath = Path.Combine(AppContext.BaseDirectory, KnownFailures.CurrentFileName);
        File.WriteAllLines(currentPath, KnownFailures.Format(results), ReportEncoding);

        var unknownIds = filter is null ? known.Keys.Where(id => !suite.Contains(id)).ToList() : [];
        var summary = report.Summary()
            + (unknownIds.Count == 0 ? string.Empty : $"\nListed in {KnownFailures.FileName} but not in the suite: {string.Join(", ", unknownIds)}\n")
            + $"\nFull report: {reportPath}\nCurrently failing cases: {currentPath}\n";
        output.WriteLine(summary);
        Console.WriteLine(summary);

        Assert.True(report.NewFailures.Count == 0 && report.FixedKnownFailures.Count == 0 && unknownIds.Count == 0,
            $"{report.Headline()}. {report.NewFailures.Count} case(s) fail that are not in {KnownFailures.FileName}; " +
            $"{report.FixedKnownFailures.Count} listed case(s) pass now and must be removed from it; " +
            $"{unknownIds.Count} listed id(s) are not in the suite. See {reportPath}.");
    }
}
