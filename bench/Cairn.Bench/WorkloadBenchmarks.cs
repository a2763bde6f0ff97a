using BenchmarkDotNet.Attributes;
using Cairn.Engine.Execution;

namespace Cairn.Bench;

/// <summary>
/// One benchmark per shared workload: a complete execution with full history. Definitions are
/// compiled once in setup; each invocation starts a fresh interpreter.
/// </summary>
[MemoryDiagnoser]
public class WorkloadBenchmarks
{
    private Dictionary<string, Workload> _workloads = new();

    [GlobalSetup]
    public void Setup()
    {
        _workloads = WorkloadCatalog.Load(WorkloadLocator.FindDirectory()).ToDictionary(w => w.Name);
        foreach (var workload in _workloads.Values)
        {
            _ = workload.Verify();
        }
    }

    [Benchmark(Description = "pass-chain-100")]
    public Interpreter PassChain100() => _workloads["pass-chain-100"].Run();

    [Benchmark(Description = "choice-loop-1000")]
    public Interpreter ChoiceLoop1000() => _workloads["choice-loop-1000"].Run();

    [Benchmark(Description = "map-1000")]
    public Interpreter Map1000() => _workloads["map-1000"].Run();

    [Benchmark(Description = "parallel-10x10")]
    public Interpreter Parallel10x10() => _workloads["parallel-10x10"].Run();

    // In process only: the HTTP round trips this workload is named for belong to the server's benchmark.
    [Benchmark(Description = "api-5-states")]
    public Interpreter Api5States() => _workloads["api-5-states"].Run();
}
