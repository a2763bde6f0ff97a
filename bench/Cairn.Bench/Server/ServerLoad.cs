using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cairn.Server;

namespace Cairn.Bench.Server;

/// <summary>
/// <c>server [--endpoint URL] [--executions N] [--concurrency C] [--requests N]</c>: load through the
/// HTTP API. Without an endpoint a server is started in this process on SQLite in a temporary
/// folder. Measures durable throughput of concurrent pass-chain-100 executions (transitions/s),
/// StartSyncExecution latency and StartExecution-to-ExecutionSucceeded latency for api-5-states.
/// </summary>
public static class ServerLoad
{
    private const string Role = "arn:aws:iam::123456789012:role/BenchRole";

    public static async Task<int> RunAsync(string[] args)
    {
        string? endpoint = null;
        int executions = 2000, concurrency = 64, requests = 2000;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--endpoint": endpoint = Value(); break;
                case "--executions": executions = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--concurrency": concurrency = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--requests": requests = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        var data = Path.Combine(Path.GetTempPath(), "cairn-bench-" + Guid.NewGuid().ToString("N"));
        CairnServer? server = null;
        if (endpoint is null)
        {
            server = await CairnServer.StartAsync(new ServerOptions { Port = 0, DataDirectory = data });
            endpoint = server.Address.ToString();
            Console.WriteLine($"In-process server on {endpoint} (SQLite in {data})");
        }

        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(endpoint) };
            var directory = WorkloadLocator.FindDirectory();
            var run = Guid.NewGuid().ToString("N")[..8];
            await ThroughputAsync(http, directory, run, executions, concurrency);
            await SyncLatencyAsync(http, directory, run, requests);
            await StandardLatencyAsync(http, directory, run, Math.Max(100, requests / 4));
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(data, recursive: true);
            }
        }

        return 0;
    }

    private static async Task ThroughputAsync(HttpClient http, string directory, string run, int executions, int concurrency)
    {
        var arn = await CreateAsync(http, $"chain-{run}", File.ReadAllText(Path.Combine(directory, "pass-chain-100.asl.json")), "STANDARD");
        var input = File.ReadAllText(Path.Combine(directory, "pass-chain-100.input.json"));
        var watch = Stopwatch.StartNew();
        var next = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var n && n <= executions)
            {
                await CallAsync(http, "StartExecution", new JsonObject { ["stateMachineArn"] = arn, ["name"] = $"e{n}", ["input"] = input });
            }
        });
        await Task.WhenAll(workers);
        while ((await CallAsync(http, "ListExecutions", new JsonObject { ["stateMachineArn"] = arn, ["statusFilter"] = "RUNNING", ["maxResults"] = 1 }))["executions"]!.AsArray().Count > 0)
        {
            await Task.Delay(5);
        }

        var elapsed = watch.Elapsed.TotalSeconds;
        var succeeded = await CountAsync(http, arn, "SUCCEEDED");
        Console.WriteLine($"pass-chain-100 durable: {succeeded}/{executions} succeeded in {elapsed:0.00} s, concurrency {concurrency}: " +
            $"{executions / elapsed:0} executions/s, {executions * 100 / elapsed:0} transitions/s");
    }

    private static async Task SyncLatencyAsync(HttpClient http, string directory, string run, int requests)
    {
        var arn = await CreateAsync(http, $"sync-{run}", File.ReadAllText(Path.Combine(directory, "api-5-states.asl.json")), "EXPRESS");
        var input = File.ReadAllText(Path.Combine(directory, "api-5-states.input.json"));
        var request = new JsonObject { ["stateMachineArn"] = arn, ["input"] = input };
        for (var i = 0; i < 200; i++)
        {
            await CallAsync(http, "StartSyncExecution", request);
        }

        var samples = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await CallAsync(http, "StartSyncExecution", request);
            samples[i] = watch.Elapsed.TotalMilliseconds;
            if ((string?)response["status"] != "SUCCEEDED")
            {
                throw new InvalidOperationException($"api-5-states did not succeed: {response.ToJsonString()}");
            }
        }

        Console.WriteLine($"StartSyncExecution api-5-states over loopback ({requests} sequential): {Percentiles(samples)}");
    }

    private static async Task StandardLatencyAsync(HttpClient http, string directory, string run, int requests)
    {
        var arn = await CreateAsync(http, $"std-{run}", File.ReadAllText(Path.Combine(directory, "api-5-states.asl.json")), "STANDARD");
        var input = File.ReadAllText(Path.Combine(directory, "api-5-states.input.json"));
        var samples = new double[requests];
        for (var i = -50; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            var started = await CallAsync(http, "StartExecution", new JsonObject { ["stateMachineArn"] = arn, ["name"] = $"s{i + 50}", ["input"] = input });
            while ((string?)(await CallAsync(http, "DescribeExecution", new JsonObject { ["executionArn"] = started["executionArn"]!.GetValue<string>() }))["status"] == "RUNNING")
            {
            }

            if (i >= 0)
            {
                samples[i] = watch.Elapsed.TotalMilliseconds;
            }
        }

        Console.WriteLine($"StartExecution to ExecutionSucceeded, api-5-states STANDARD on SQLite ({requests} sequential): {Percentiles(samples)}");
    }

    private static string Percentiles(double[] samples)
    {
        Array.Sort(samples);
        double At(double p) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(p * samples.Length) - 1)];
        return $"p50 {At(0.50):0.00} ms, p90 {At(0.90):0.00} ms, p99 {At(0.99):0.00} ms, max {samples[^1]:0.00} ms";
    }

    private static async Task<int> CountAsync(HttpClient http, string arn, string status)
    {
        var count = 0;
        string? token = null;
        do
        {
            var request = new JsonObject { ["stateMachineArn"] = arn, ["statusFilter"] = status, ["maxResults"] = 1000 };
            if (token is not null)
            {
                request["nextToken"] = token;
            }

            var page = await CallAsync(http, "ListExecutions", request);
            count += page["executions"]!.AsArray().Count;
            token = (string?)page["nextToken"];
        }
        while (token is not null);
        return count;
    }

    private static async Task<string> CreateAsync(HttpClient http, string name, string definition, string type) =>
        (string)(await CallAsync(http, "CreateStateMachine", new JsonObject { ["name"] = name, ["definition"] = definition, ["roleArn"] = Role, ["type"] = type }))["stateMachineArn"]!;

    private static async Task<JsonObject> CallAsync(HttpClient http, string action, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions." + action);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text)!.AsObject()
            : throw new InvalidOperationException($"{action} failed ({(int)response.StatusCode}): {text}");
    }
}
