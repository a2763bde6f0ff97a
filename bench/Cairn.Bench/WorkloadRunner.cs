using System.Diagnostics;

namespace Cairn.Bench;

/// <summary>
/// Runs each workload back to back for a fixed time, without BenchmarkDotNet, and reports the
/// distribution per execution. This is the number to compare with other implementations, which
/// are measured the same way (warm-up, then a fixed time, one execution after the other).
/// </summary>
public static class WorkloadRunner
{
    public static IReadOnlyList<WorkloadResult> Run(IEnumerable<Workload> workloads, RunnerOptions options)
    {
        var results = new List<WorkloadResult>();
        foreach (var workload in workloads)
        {
            var output = workload.Verify();
            RunFor(workload, options.WarmupSeconds, samples: null);

            // Start each workload with a clean heap so one workload's garbage is not billed to the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var samples = new List<long>(capacity: 1 << 16);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var elapsed = RunFor(workload, options.Seconds, samples);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            results.Add(Summarize(workload, samples, elapsed, allocated, output));
            if (options.SampleAllocations)
            {
                PrintAllocationSample(workload, options.Seconds);
            }
        }

        return results;
    }

    // A separate pass: the event listener slows allocation down, so it never runs while timing.
    private static void PrintAllocationSample(Workload workload, double seconds)
    {
        using var sampler = new AllocationSampler();
        sampler.Start();
        RunFor(workload, seconds, samples: null);
        Console.WriteLine($"{workload.Name}: sampled allocations by type");
        foreach (var (type, share) in sampler.Stop(top: 12))
        {
            Console.WriteLine($"  {share,6:P1}  {type}");
        }
    }

    /// <summary>Runs executions until the time is up; records each execution's duration when asked.</summary>
    private static TimeSpan RunFor(Workload workload, double seconds, List<long>? samples)
    {
        var budget = (long)(seconds * Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        var now = start;
        while (now - start < budget)
        {
            var before = now;
            workload.Run();
            now = Stopwatch.GetTimestamp();
            samples?.Add(now - before);
        }

        return Stopwatch.GetElapsedTime(start, now);
    }

    private static WorkloadResult Summarize(Workload workload, List<long> samples, TimeSpan elapsed, long allocatedBytes, string output)
    {
        samples.Sort();
        var executions = samples.Count;
        var perSecond = executions / elapsed.TotalSeconds;
        return new WorkloadResult(
            workload.Name,
            executions,
            elapsed.TotalSeconds,
            ToMs(Percentile(samples, 0.50)),
            ToMs(Percentile(samples, 0.99)),
            perSecond,
            workload.ExpectedTransitions,
            perSecond * workload.ExpectedTransitions,
            allocatedBytes / 1024.0 / Math.Max(1, executions),
            output);
    }

    // Nearest-rank percentile over sorted samples.
    private static long Percentile(List<long> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
