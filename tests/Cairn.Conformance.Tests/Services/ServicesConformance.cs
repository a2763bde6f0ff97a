using Cairn.Conformance.Tests.Http;
using Cairn.Conformance.Tests.Replay;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Server;
using Cairn.TestSupport;
using Xunit.Abstractions;

namespace Cairn.Conformance.Tests.Services;

/// <summary>
/// Replays the needs_services units over HTTP against <c>cairn serve</c> whose Task states call
/// moto (a moto of its own, in the recordings' account 111111111111). Units are compared without
/// their recorded skip paths (the services' HTTP metadata and request ids differ by nature).
/// Units needing what neither Cairn nor this replay provides (Lambda functions, CloudFormation,
/// API Gateway deployments, a second account, CloudWatch Logs delivery) are unsupported. Failing
/// units are listed with their reason in <see cref="FileName"/>, which may only shrink.
/// </summary>
public sealed class ServicesConformance(ITestOutputHelper output)
{
    public const string FileName = "services-known-failures.txt";

    [Fact]
    public void NeedsServicesAgainstMoto()
    {
        var root = ConformanceManifest.LocateRoot();
        Assert.True(root is not null, $"AWS-recorded corpus not found (set {ConformanceManifest.RootVariable}; default {ConformanceManifest.DefaultRoot}).");
        var manifest = ConformanceManifest.Load(root);
        using var moto = MotoServer.StartDedicated("111111111111");
        using var fixtures = new ServiceFixtures(moto);
        var server = new ServerOptions
        {
            Port = 0,
            DataDirectory = null,
            AccountId = "111111111111",
            Region = "us-east-1",
            // Waits in full: a task's TimeoutSeconds must not pass before the service has answered.
            TimeScale = 1,
            Aws = new AwsServiceSettings
            {
                Endpoints = [moto.Endpoint.ToString()],
                Credentials = new AwsCredentials("testing", "testing"),
                SyncPollInterval = TimeSpan.FromMilliseconds(200),
            },
        };
        var filter = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_FILTER");
        var selection = ConformanceSelection.PureEngineJsonPath with
        {
            Categories = new HashSet<string> { "needs_services" },
            UnitTypes = new HashSet<string>(),
            DirFilter = dir => string.IsNullOrWhiteSpace(filter) || dir.Contains(filter, StringComparison.Ordinal),
        };
        var options = new ReplayOptions { ApplySkipPaths = true, Prepare = fixtures.Prepare, Fixture = fixtures.Run, ServiceMatch = fixtures.Match, AwaitTimeout = TimeSpan.FromSeconds(20) };
        var runner = new ConformanceRunner(() => fixtures.Track(new HttpStepFunctionsClient(server)), options, manifest.ReferenceNow);
        var results = manifest.Select(selection).Concat(manifest.Select(selection with { Jsonata = true })).Select(runner.Run).ToList();

        ConformanceVerdict.Check(results, Path.Combine(AppContext.BaseDirectory, "Services", FileName), "services-conformance", filter, output);
    }
}
