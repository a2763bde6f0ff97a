using Cairn.Conformance.Tests.Replay;
using Xunit.Abstractions;

namespace Cairn.Conformance.Tests.Http;

/// <summary>
/// Replays the AWS-recorded corpus over HTTP against <c>cairn serve</c>: the units of the in-process
/// replay plus the API-sequence units of the actions the server implements (state machine
/// lifecycle, listing, tagging, logging configuration, Express). Its own known-failures list,
/// <see cref="FileName"/>, may only shrink.
/// </summary>
public sealed class HttpConformance(ITestOutputHelper output)
{
    public const string FileName = "http-known-failures.txt";

    /// <summary>The api_sequence test families whose actions the server implements.</summary>
    private static readonly string[] ApiFamilies =
    [
        "pure_engine/test_sfn_api__",
        "pure_engine/test_sfn_api_tagging__",
        "pure_engine/test_sfn_api_logs__",
        "pure_engine/test_sfn_api_express__TestSfnApiExpress__test_create_describe_delete",
    ];

    [Fact]
    public void PureEngineOverHttp()
    {
        var root = ConformanceManifest.LocateRoot();
        Assert.True(root is not null, $"AWS-recorded corpus not found (set {ConformanceManifest.RootVariable}; default {ConformanceManifest.DefaultRoot}).");
        var manifest = ConformanceManifest.Load(root);
        var otherApiUnits = manifest.Rows
            .Where(r => (string?)r["type"] == "api_sequence")
            .Select(r => (string)r["dir"]!)
            .Where(dir => !ApiFamilies.Any(f => dir.StartsWith(f, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        var filter = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_FILTER");
        var selection = ConformanceSelection.PureEngineJsonPath with
        {
            UnitTypes = new HashSet<string> { "execution", "sync_execution", "validate", "api_sequence" },
            DirFilter = dir => !otherApiUnits.Contains(dir) && (string.IsNullOrWhiteSpace(filter) || dir.Contains(filter, StringComparison.Ordinal)),
        };
        var options = new ReplayOptions { ApplySkipPaths = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_SKIP_PATHS") == "1" };
        var runner = new ConformanceRunner(() => new HttpStepFunctionsClient(), options, manifest.ReferenceNow);
        var results = manifest.Select(selection).Select(runner.Run).ToList();

        var known = KnownFailures.Load(Path.Combine(AppContext.BaseDirectory, "Http", FileName));
        var report = new ConformanceReport(results, string.IsNullOrWhiteSpace(filter) ? known : known.Where(k => results.Any(r => r.Dir == k)).ToHashSet(), FileName);
        var reportPath = Path.Combine(AppContext.BaseDirectory, "http-conformance-report.txt");
        File.WriteAllText(reportPath, report.Full());
        var currentFailures = Path.Combine(AppContext.BaseDirectory, "http-known-failures.current.txt");
        File.WriteAllLines(currentFailures, results.Where(r => r.Outcome == UnitOutcome.Failed).Select(r => r.Dir).Order(StringComparer.Ordinal));

        var summary = report.Summary() + $"\nFull report: {reportPath}\nCurrently failing units: {currentFailures}\n";
        output.WriteLine(summary);
        Console.WriteLine(summary);

        var newFailures = report.NewFailures.Select(r => r.Dir).ToList();
        var fixedUnits = report.FixedKnownFailures.Select(r => r.Dir).ToList();
        Assert.True(newFailures.Count == 0 && fixedUnits.Count == 0,
            $"{newFailures.Count} unit(s) fail that are not in {FileName}; {fixedUnits.Count} listed unit(s) pass now and must be removed from it. See {reportPath}.");
    }
}
