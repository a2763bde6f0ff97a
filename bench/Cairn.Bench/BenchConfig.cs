using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Cairn.Bench;

/// <summary>
/// A short in-process job: the whole suite finishes in about a minute on a 2-core machine, and
/// in-process avoids BenchmarkDotNet regenerating and rebuilding the project, which would ignore
/// the artifacts path the project was built with. Reports go to the temp folder unless
/// <c>--artifacts DIR</c> is given, so a run leaves nothing in the working tree.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(3)
                .WithIterationCount(5)
                .WithLaunchCount(1)
                .WithId("ShortInProcess"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "cairn-bench", "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.JoinSummary);
}
