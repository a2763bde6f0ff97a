using BenchmarkDotNet.Running;
using Cairn.Bench;

// "workloads" runs the fixed-time workload runner; anything else goes to BenchmarkDotNet
// (e.g. --filter '*map*'), with a short in-process job unless a job is given on the command line.
if (args.Length > 0 && args[0] == "workloads")
{
    var options = RunnerOptions.Parse(args[1..]);
    var directory = WorkloadLocator.FindDirectory();
    var workloads = WorkloadCatalog.Load(directory)
        .Where(w => options.Filter is null || w.Name.Contains(options.Filter, StringComparison.Ordinal))
        .ToList();
    Console.WriteLine($"Workloads from {directory}: {options.WarmupSeconds:0.#} s warm-up, {options.Seconds:0.#} s measured each");
    var results = WorkloadRunner.Run(workloads, options);
    Console.Write(ResultReport.ToTable(results));
    Console.WriteLine("api-5-states runs in process here; its HTTP path (StartExecution / StartSyncExecution) is measured with the server.");
    if (options.JsonPath is not null)
    {
        ResultReport.WriteJson(options.JsonPath, results);
        Console.WriteLine($"JSON written to {options.JsonPath}");
    }

    return 0;
}

BenchmarkSwitcher.FromTypes([typeof(WorkloadBenchmarks)]).Run(args, BenchConfig.Create());
return 0;
