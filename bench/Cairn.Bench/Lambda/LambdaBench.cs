using System.Diagnostics;
using Cairn.Asl.Validation;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Integrations;
using Cairn.Integrations.Lambda;
using Cairn.Json;

namespace Cairn.Bench.Lambda;

/// <summary>
/// <c>Cairn.Bench lambda [--iterations N]</c>: the built-in Lambda service on this machine. Cold
/// start (a new sandbox: process, runtime client, handler import, first answer) for Python and
/// Node.js; a warm lambda:invoke task round trip (the Task state's request to its result, a
/// trivial handler) and a warm Invoke of the service; and 1,000
/// executions each invoking a warm function at the default concurrency.
/// </summary>
public static class LambdaBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = args.Length == 2 && args[0] == "--iterations" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var folder = Path.Combine(Path.GetTempPath(), "cairn-bench-lambda-" + Guid.NewGuid().ToString("N"));
        await using var lambda = new LambdaService(new InMemoryLambdaStore(), new LambdaOptions { DataDirectory = folder, AnyAccount = true });
        try
        {
            Console.WriteLine($"Lambda on {Environment.ProcessorCount} cores");
            await ColdStartAsync(lambda, "python", "python3.11", "handler.py", "def handler(event, context):\n    return event\n", "handler.handler", otherSpares: 0);
            await ColdStartAsync(lambda, "node", "nodejs20.x", "index.js", "exports.handler = async (event) => event;", "index.handler", otherSpares: 1);
            await using (var fresh = new LambdaService(new InMemoryLambdaStore(), new LambdaOptions { DataDirectory = Path.Combine(folder, "fresh"), AnyAccount = true, SpareSandboxes = false }))
            {
                await ColdStartAsync(fresh, "python", "python3.11", "handler.py", "def handler(event, context):\n    return event\n", "handler.handler", otherSpares: 0);
                await ColdStartAsync(fresh, "node", "nodejs20.x", "index.js", "exports.handler = async (event) => event;", "index.handler", otherSpares: 0);
            }

            await WarmInvokeAsync(lambda, iterations);
            await ExecutionsAsync(lambda);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Cold starts of 15 new functions. With spare sandboxes, each trial first waits until the spare
    /// its predecessor took has been replaced (as between cold starts that are not back to back); the
    /// first trial, which finds no spare yet, is left out. <paramref name="otherSpares"/>: how many
    /// spares of the runtimes measured before stay ready meanwhile.
    /// </summary>
    private static async Task ColdStartAsync(LambdaService lambda, string label, string runtime, string file, string code, string handler, int otherSpares)
    {
        var times = new List<double>();
        var spares = lambda.Options.SpareSandboxes;
        for (var i = 0; i < (spares ? 16 : 15); i++)
        {
            if (spares)
            {
                var waited = Stopwatch.StartNew();
                while (lambda.SpareProcessIds.Count < otherSpares + (i > 0 ? 1 : 0) && waited.Elapsed < TimeSpan.FromSeconds(30))
                {
                    await Task.Delay(5);
                }
            }

            // A distinct code package per trial: each first invocation starts a new sandbox.
            var name = $"cold-{label}-{i}";
            lambda.CreateFunction(new CreateFunctionRequest { FunctionName = name, Runtime = runtime, Handler = handler, ZipFile = Zip(file, code + $"\n// {i}\n".Replace("//", label == "python" ? "#" : "//", StringComparison.Ordinal)) });
            lambda.Code.Extracted(lambda.GetFunction(name).CodeSha256);
            var watch = Stopwatch.StartNew();
            await lambda.InvokeAsync(new InvokeRequest(name, "{}"u8.ToArray()));
            if (!spares || i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var how = spares ? "from a spare" : "no spare";
        Console.WriteLine($"cold start {label,-7} {how,-13} p50 {Percentile(times, 50),7:F1} ms   p90 {Percentile(times, 90),7:F1} ms   ({times.Count} sandboxes)");
    }

    private static async Task WarmInvokeAsync(LambdaService lambda, int iterations)
    {
        // The trivial handler returns at once: the round trip is the engine's overhead plus the Python runtime client's own HTTP exchange.
        lambda.CreateFunction(new CreateFunctionRequest { FunctionName = "warm", Runtime = "python3.11", Handler = "handler.handler", ZipFile = Zip("handler.py", "def handler(event, context):\n    return event\n") });
        var tasks = new LambdaTaskHandler(lambda);
        var request = new TaskRequest(LambdaTaskHandler.InvokeResource, JObject.Create(("FunctionName", new JString("warm")), ("Payload", JObject.Create(("n", JNumber.From(1))))), "Invoke", "bench", "arn:aws:states:us-east-1:123456789012:execution:bench:1", 0);
        var direct = new InvokeRequest("warm", "{\"n\":1}"u8.ToArray());
        for (var i = 0; i < 200; i++)
        {
            await tasks.InvokeAsync(request, CancellationToken.None);
        }

        var task = new List<double>(iterations);
        var invoke = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await tasks.InvokeAsync(request, CancellationToken.None);
            task.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await lambda.InvokeAsync(direct);
            invoke.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"warm lambda:invoke task  p50 {Percentile(task, 50),7:F3} ms   p99 {Percentile(task, 99),7:F3} ms   ({iterations} invocations, trivial Python handler)");
        Console.WriteLine($"warm Invoke (service)    p50 {Percentile(invoke, 50),7:F3} ms   p99 {Percentile(invoke, 99),7:F3} ms");
    }

    private static async Task ExecutionsAsync(LambdaService lambda)
    {
        const int count = 1000;
        var definition = """{"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"warm","Payload.$":"$"},"OutputPath":"$.Payload","End":true}}}""";
        var machine = StateMachineCompiler.TryCompile(definition, ValidationOptions.Standard, out _)!;
        var router = new TaskRouter(NoTaskHandler.Instance, lambda: lambda);
        var watch = Stopwatch.StartNew();
        var runs = await Task.WhenAll(Enumerable.Range(0, count).Select(i => LocalExecution.RunAsync(machine, JObject.Create(("i", JNumber.From(i))), router, new LocalExecutionOptions { TimeScale = 0 })));
        var elapsed = watch.Elapsed.TotalSeconds;
        var succeeded = runs.Count(r => r.Status == Engine.Execution.ExecutionStatus.SUCCEEDED);
        Console.WriteLine($"{count} executions invoking a warm function: {elapsed:F2} s, {count / elapsed:F0} executions/s ({succeeded} succeeded, concurrency {lambda.Options.MaxConcurrency})");
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static byte[] Zip(string name, string content) => FunctionFolders.Zip((name, content));
}
