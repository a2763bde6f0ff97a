using Cairn.Conformance.Tests.Replay;
using Xunit.Abstractions;

namespace Cairn.Conformance.Tests.Fakes;

/// <summary>
/// End-to-end checks of the harness (replay, rebuild, normalisation, comparison) with a client that answers from
/// the recording: units whose answer it can reproduce must pass.
/// </summary>
public sealed class FakeClientConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void ValidateUnitsPass() =>
        AssertAllPass(row => (string?)row["type"] == "validate");

    [Fact]
    public void UnitsMatchingOnlyApiErrorsPass() =>
        AssertAllPass(row => (string?)row["type"] == "test_state" && (bool?)row["expect_api_error"] == true);

    [Fact]
    public void HarnessFailsUnitsWhenTheAnswerDiffers()
    {
        var root = ConformanceManifest.LocateRoot();
        Assert.NotNull(root);
        var manifest = ConformanceManifest.Load(root);
        var unit = manifest.Select(ConformanceSelection.PureEngineJsonPath with { DirFilter = null })
            .First(u => u.Type == "validate");

        var runner = new ConformanceRunner(() => new WrongAnswerClient(), new ReplayOptions(), manifest.ReferenceNow);
        var result = runner.Run(unit);

        Assert.Equal(UnitOutcome.Failed, result.Outcome);
        Assert.Contains("$.validation_response", result.FirstDifference, StringComparison.Ordinal);
    }

    private void AssertAllPass(Func<System.Text.Json.Nodes.JsonObject, bool> filter)
    {
        var root = ConformanceManifest.LocateRoot();
        Assert.True(root is not null, "AWS-recorded corpus not found");
        var manifest = ConformanceManifest.Load(root);
        var everyType = ConformanceSelection.PureEngineJsonPath with { UnitTypes = new HashSet<string>() };
        var units = manifest.Rows.Where(r => everyType.Includes(r) && filter(r))
            .Select(r => ConformanceUnit.Load(Path.Combine(root, "cases"), r)).ToList();
        Assert.NotEmpty(units);

        var failures = new List<string>();
        foreach (var unit in units)
        {
            var runner = new ConformanceRunner(() => new RecordedAnswerFakeClient(unit), new ReplayOptions(), manifest.ReferenceNow);
            var result = runner.Run(unit);
            if (result.Outcome != UnitOutcome.Passed)
            {
                failures.Add($"{unit.Dir}: {result.Outcome}: {string.Join(" | ", result.Details)}");
            }
        }

        output.WriteLine($"{units.Count - failures.Count}/{units.Count} passed");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private sealed class WrongAnswerClient : IStepFunctionsClient
    {
        public System.Text.Json.Nodes.JsonObject Call(string operation, System.Text.Json.Nodes.JsonObject parameters) =>
            new() { ["result"] = "OK", ["diagnostics"] = new System.Text.Json.Nodes.JsonArray(), ["truncated"] = false };
    }
}
