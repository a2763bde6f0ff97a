using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cairn.Bench;

/// <summary>Prints the runner's results as a table and writes them as JSON for the comparison script.</summary>
public static class ResultReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string ToTable(IReadOnlyList<WorkloadResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"workload",-18} {"executions",10} {"median ms",10} {"p99 ms",10} {"exec/s",10} {"transitions/s",14} {"alloc KB/exec",14}");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.Workload,-18} {r.Executions,10} {r.MedianMs,10:F4} {r.P99Ms,10:F4} {r.ExecutionsPerSecond,10:F0} {r.TransitionsPerSecond,14:F0} {r.AllocatedKbPerExecution,14:F1}");
        }

        return text.ToString();
    }

    public static void WriteJson(string path, IReadOnlyList<WorkloadResult> results)
    {
        var document = new
        {
            implementation = "cairn",
            runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            processors = Environment.ProcessorCount,
            results,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }
}
