using Cairn.Conformance.Tests.Replay;
using Xunit.Abstractions;

namespace Cairn.Conformance.Tests;

/// <summary>
/// Replays the AWS-recorded corpus against the in-process engine, one Fact per query language.
/// Each fails on failing units that are not in its known-failures list, and on listed units that
/// pass now (so the lists only shrink). Environment variables: <c>CAIRN_AWS_RECORDED_DIR</c>
/// (corpus location), <c>CAIRN_CONFORMANCE_FILTER</c> (substring of unit dirs to run),
/// <c>CAIRN_CONFORMANCE_SKIP_PATHS=1</c> (ignore what LocalStack does not verify).
/// </summary>
public sealed class AwsRecordedConformance(ITestOutputHelper output)
{
    [Fact]
    public void PureEngineJsonPath() => Replay(ConformanceSelection.PureEngineJsonPath, KnownFailures.FileName, "aws-recorded-conformance");

    [Fact]
    public void PureEngineJsonata() => Replay(ConformanceSelection.PureEngineJsonata, KnownFailures.JsonataFileName, "aws-recorded-conformance-jsonata");

    [Fact]
    public void TestStateJsonPath() => Replay(TestStateSelection.JsonPath, TestStateSelection.KnownFailuresFileName, "aws-recorded-test-state");

    [Fact]
    public void TestStateJsonata() => Replay(TestStateSelection.Jsonata, TestStateSelection.JsonataKnownFailuresFileName, "aws-recorded-test-state-jsonata");

    /// <summary>Units that call Lambda functions, run by the built-in Lambda service with the recorded handler code.</summary>
    [Fact]
    public void SimpleLambda() => Replay([LambdaSelection.JsonPath, LambdaSelection.Jsonata], LambdaSelection.KnownFailuresFileName, "aws-recorded-lambda", LambdaSelection.AlwaysSkip);

    private void Replay(ConformanceSelection baseSelection, string knownFailuresFile, string reportName) => Replay([baseSelection], knownFailuresFile, reportName, new HashSet<string>());

    private void Replay(ConformanceSelection[] baseSelections, string knownFailuresFile, string reportName, IReadOnlySet<string> alwaysSkip)
    {
        var root = ConformanceManifest.LocateRoot();
        Assert.True(root is not null, $"AWS-recorded corpus not found (set {ConformanceManifest.RootVariable}; default {ConformanceManifest.DefaultRoot}).");
        var factory = InProcessClientFactory.TryCreate(out var problem);
        Assert.True(factory is not null, problem);

        var filter = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_FILTER");
        var selections = baseSelections.Select(b => b with
        {
            DirFilter = string.IsNullOrWhiteSpace(filter) ? null : dir => dir.Contains(filter, StringComparison.Ordinal),
        });
        var options = new ReplayOptions { ApplySkipPaths = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_SKIP_PATHS") == "1", AlwaysSkip = alwaysSkip };

        var manifest = ConformanceManifest.Load(root);
        var runner = new ConformanceRunner(factory, options, manifest.ReferenceNow);
        var results = selections.SelectMany(manifest.Select).Select(runner.Run).ToList();

        ConformanceVerdict.Check(results, Path.Combine(AppContext.BaseDirectory, knownFailuresFile), reportName, filter, output);
    }
}
