using BenchmarkDotNet.Running;
using Cairn.Bench;
using Cairn.Bench.Jsonata;

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

// "jsonata" times the JSONata benchmark expressions the way bench/compare/jsonata/jsonata-bench.mjs
// times the reference; "jsonata-eval IN OUT" is the Cairn side of the differential check.
if (args.Length > 0 && args[0] == "jsonata")
{
    var options = RunnerOptions.Parse(args[1..]);
    var cases = JsonataBenchCatalog.Load().Where(c => options.Filter is null || c.Name.Contains(options.Filter, StringComparison.Ordinal)).ToList();
    Console.WriteLine($"Cairn.Jsonata on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}: {options.WarmupSeconds:0.#} s warm-up, {options.Seconds:0.#} s measured each");
    var results = JsonataRunner.Run(cases, options);
    Console.Write(JsonataRunner.ToTable(results));
    if (options.JsonPath is not null)
    {
        JsonataRunner.WriteJson(options.JsonPath, results);
        Console.WriteLine($"JSON written to {options.JsonPath}");
    }

    return 0;
}

// "server" drives the HTTP API (durable throughput, StartSyncExecution and Standard latency).
if (args.Length > 0 && args[0] == "server")
{
    return await Cairn.Bench.Server.ServerLoad.RunAsync(args[1..]);
}

// "lambda" measures the built-in Lambda service: cold starts, warm invoke round trips, executions invoking a function.
if (args.Length > 0 && args[0] == "lambda")
{
    return await Cairn.Bench.Lambda.LambdaBench.RunAsync(args[1..]);
}

// "console" times the browser console opening large executions (Chromium driven by Playwright).
if (args.Length > 0 && args[0] == "console")
{
    return await Cairn.Bench.Browser.ConsoleRender.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "jsonata-eval")
{
    return JsonataBatchEvaluator.Run(args[1..]);
}

BenchmarkSwitcher.FromTypes([typeof(WorkloadBenchmarks), typeof(JsonataBenchmarks)]).Run(args, BenchConfig.Create());
return 0;
