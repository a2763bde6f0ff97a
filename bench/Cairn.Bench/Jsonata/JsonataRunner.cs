using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cairn.Bench.Jsonata;

/// <summary>
/// Times each benchmark expression the way <c>bench/compare/jsonata/jsonata-bench.mjs</c> times the reference:
/// compiled once, a warm-up, then batches of evaluations back to back for a fixed time, each batch long
/// enough (at least <see cref="MinBatch"/>) that timer resolution does not matter; the number reported is
/// the median time per evaluation over the batches.
/// </summary>
public static class JsonataRunner
{
    public static readonly TimeSpan MinBatch = TimeSpan.FromMilliseconds(0.5);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static IReadOnlyList<JsonataResult> Run(IEnumerable<JsonataBenchCase> cases, RunnerOptions options)
    {
        var results = new List<JsonataResult>();
        foreach (var c in cases)
        {
            var result = c.Evaluate();
            var size = 1;
            while (TimeBatch(c, size) < MinBatch.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond)
            {
                size *= 2;
            }

            RunFor(c, size, options.WarmupSeconds, samples: null);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var samples = new List<double>();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            RunFor(c, size, options.Seconds, samples);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            samples.Sort();
            var evaluations = (long)samples.Count * size;
            results.Add(new JsonataResult(
                c.Name,
                samples[Math.Clamp((int)Math.Ceiling(0.5 * samples.Count) - 1, 0, samples.Count - 1)],
                samples.Count,
                size,
                evaluations,
                (double)allocated / Math.Max(1, evaluations),
                result?.ToJson()));
        }

        return results;
    }

    public static string ToTable(IReadOnlyList<JsonataResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"expression",-22} {"median us",12} {"evaluations",12} {"alloc B/eval",14}");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.Name,-22} {r.MedianUs,12:F3} {r.Evaluations,12} {r.AllocatedBytesPerEvaluation,14:F0}");
        }

        return text.ToString();
    }

    public static void WriteJson(string path, IReadOnlyList<JsonataResult> results)
    {
        var document = new
        {
            implementation = "Cairn.Jsonata",
            runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            processors = Environment.ProcessorCount,
            results,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }

    private static long TimeBatch(JsonataBenchCase c, int size)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < size; i++)
        {
            c.Evaluate();
        }

        return Stopwatch.GetTimestamp() - start;
    }

    /// <summary>Runs batches (at least one) until the time is up; records microseconds per evaluation of each batch when asked.</summary>
    private static void RunFor(JsonataBenchCase c, int size, double seconds, List<double>? samples)
    {
        var budget = (long)(seconds * Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        do
        {
            var ticks = TimeBatch(c, size);
            samples?.Add(ticks * 1e6 / Stopwatch.Frequency / size);
        }
        while (Stopwatch.GetTimestamp() - start < budget);
    }
}
