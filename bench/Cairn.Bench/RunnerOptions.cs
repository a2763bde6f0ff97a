using System.Globalization;

namespace Cairn.Bench;

/// <summary>Options of the workload runner: <c>workloads [--seconds N] [--warmup N] [--json FILE] [--filter NAME] [--alloc]</c>.</summary>
public sealed record RunnerOptions(double Seconds, double WarmupSeconds, string? JsonPath, string? Filter, bool SampleAllocations = false)
{
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        double seconds = 3, warmup = 1;
        string? json = null, filter = null;
        var alloc = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--seconds": seconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--json": json = Value(); break;
                case "--filter": filter = Value(); break;
                case "--alloc": alloc = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        if (seconds <= 0 || warmup < 0)
        {
            throw new ArgumentException("--seconds must be positive and --warmup not negative");
        }

        return new RunnerOptions(seconds, warmup, json, filter, alloc);
    }
}
