using Cairn.Conformance.Tests.Replay;
using Xunit.Abstractions;

namespace Cairn.Conformance.Tests.Http;

/// <summary>
/// Replays the AWS-recorded corpus over HTTP against <c>cairn serve</c>: the units of the in-process
/// replay plus the API-sequence units of the actions the server implements (state machine
/// lifecycle, listing, tagging, logging configuration, Express), the TestState units, and the
/// units of Step Functions starting its own executions. Its own known-failures list,
/// <see cref="FileName"/>, may only shrink.
/// </summary>
public sealed class HttpConformance(ITestOutputHelper output)
{
    public const string FileName = "http-known-failures.txt";

    /// <summary>The known-failures list of the Lambda units replayed over HTTP.</summary>
    public const string LambdaFileName = "http-known-failures-lambda.txt";

    /// <summary>The api_sequence test families whose actions the server implements.</summary>
    private static readonly string[] ApiFamilies =
    [
        "pure_engine/test_sfn_api__",
        "pure_engine/test_sfn_api_tagging__",
        "pure_engine/test_sfn_api_logs__",
        "pure_engine/test_sfn_api_express__TestSfnApiExpress__test_create_describe_delete",
        "pure_engine/test_sfn_api_activities__",
        "pure_engine/test_sfn_api_express__TestSfnApiExpress__test_illegal_",
        "pure_engine/test_sfn_api_versioning__",
        "pure_engine/test_sfn_api_aliasing__",
        "pure_engine/test_sfn_api_map_run__",
    ];

    /// <summary>
    /// Units outside pure_engine whose features the server has: Step Functions starting executions
    /// of its own state machines. They are compared leaving out their recorded skip paths
    /// (<c>$..SdkHttpMetadata</c>, <c>$..SdkResponseMetadata</c>): the HTTP metadata of the inner
    /// StartExecution call carries a Content-Length that depends on how many digits the start
    /// date's milliseconds take, so AWS itself does not repeat it.
    /// </summary>
    private static readonly string[] OtherCategoryFamilies =
    [
        "sfn_only/callback__test_callback__TestCallback__test_start_execution_sync",
        "sfn_only/error_handling__test_task_service_sfn__TestTaskServiceSfn__test_start_execution_no_such_arn",
        "sfn_only/local_mocking__test_base_callbacks__TestBaseScenarios__test_sfn_start_execution_sync__",
        "sfn_only/services__test_aws_sdk_task_service__TestTaskServiceAwsSdk__test_sfn_start_execution",
        "sfn_only/services__test_sfn_task_service__TestTaskServiceSfn__test_start_execution",
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
            Categories = new HashSet<string> { "pure_engine", "sfn_only" },
            UnitTypes = new HashSet<string> { "execution", "sync_execution", "validate", "api_sequence", "test_state" },
            DirFilter = dir => !otherApiUnits.Contains(dir)
                && (dir.StartsWith("pure_engine/", StringComparison.Ordinal) || OtherCategoryFamilies.Any(f => dir.StartsWith(f, StringComparison.Ordinal)))
                && (string.IsNullOrWhiteSpace(filter) || dir.Contains(filter, StringComparison.Ordinal)),
        };
        var options = new ReplayOptions { ApplySkipPaths = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_SKIP_PATHS") == "1" };
        var runner = new ConformanceRunner(() => new HttpStepFunctionsClient(), options, manifest.ReferenceNow);
        var nestedRunner = new ConformanceRunner(() => new HttpStepFunctionsClient(), options with { ApplySkipPaths = true }, manifest.ReferenceNow);
        // TestState units are replayed in both query languages.
        var jsonataTestStates = TestStateSelection.Jsonata with
        {
            DirFilter = dir => string.IsNullOrWhiteSpace(filter) || dir.Contains(filter, StringComparison.Ordinal),
        };
        var results = manifest.Select(selection).Concat(manifest.Select(jsonataTestStates))
            .Select(unit => OtherCategoryFamilies.Any(f => unit.Dir.StartsWith(f, StringComparison.Ordinal)) ? nestedRunner.Run(unit) : runner.Run(unit))
            .ToList();

        ConformanceVerdict.Check(results, Path.Combine(AppContext.BaseDirectory, "Http", FileName), "http-conformance", filter, output);
    }

    /// <summary>
    /// The units whose Task states call Lambda functions (simple_lambda, sfn_only+simple_lambda, in
    /// both query languages) over HTTP: each unit's functions are created with the Lambda API on the
    /// server's port and run by its built-in Lambda service with the recorded handler code.
    /// </summary>
    [Fact]
    public void SimpleLambdaOverHttp()
    {
        var root = ConformanceManifest.LocateRoot();
        Assert.True(root is not null, $"AWS-recorded corpus not found (set {ConformanceManifest.RootVariable}; default {ConformanceManifest.DefaultRoot}).");
        var manifest = ConformanceManifest.Load(root);
        var filter = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_FILTER");
        var selections = new[] { LambdaSelection.JsonPath, LambdaSelection.Jsonata }.Select(s => s with
        {
            DirFilter = string.IsNullOrWhiteSpace(filter) ? null : dir => dir.Contains(filter, StringComparison.Ordinal),
        });
        var options = new ReplayOptions { ApplySkipPaths = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_SKIP_PATHS") == "1", AlwaysSkip = LambdaSelection.AlwaysSkip };
        var runner = new ConformanceRunner(() => new HttpStepFunctionsClient(), options, manifest.ReferenceNow);
        var results = selections.SelectMany(manifest.Select).Select(runner.Run).ToList();

        ConformanceVerdict.Check(results, Path.Combine(AppContext.BaseDirectory, "Http", LambdaFileName), "http-conformance-lambda", filter, output);
    }
}
