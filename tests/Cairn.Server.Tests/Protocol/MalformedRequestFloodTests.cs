using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cairn.Server.Tests.Protocol.Abuse;
using Cairn.Server.Tests.Support;
using Xunit.Abstractions;

namespace Cairn.Server.Tests.Protocol;

/// <summary>
/// 30,000 malformed and mutated requests, spread evenly over the 37 actions, against a server in
/// this process: none may be answered with a 5xx, and every 4xx must be a JSON object with
/// <c>__type</c> and <c>message</c>. Seeded (<c>CAIRN_ABUSE_SEED</c> replays another seed; the
/// seed is printed), sent over a few keep-alive connections at once, bounded in time.
/// <c>CAIRN_ABUSE_ENDPOINT</c> sends the same flood to another running server instead.
/// </summary>
public sealed class MalformedRequestFloodTests(ITestOutputHelper output)
{
    private const int Requests = 30_000;
    private const int Connections = 8;
    private const int DefaultSeed = 20_241_111;
    private static readonly TimeSpan TimeBound = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ThirtyThousandMalformedRequestsGetNo5xxAndEvery4xxHasAJsonError()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CAIRN_ABUSE_SEED"), out var chosen) ? chosen : DefaultSeed;
        var external = Environment.GetEnvironmentVariable("CAIRN_ABUSE_ENDPOINT");
        await using var server = external is null ? await InProcessServer.StartAsync(new ServerOptions { DataDirectory = null, TimeScale = 0, Aws = new Cairn.Integrations.Aws.AwsServiceSettings { NoCalls = true } }) : null;
        var endpoint = external is null ? server!.Server.Address : new Uri(external);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(90) };
        var resources = await SeedAsync(new ApiClient(endpoint));

        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var sent = 0;
        var watch = Stopwatch.StartNew();
        using var bound = new CancellationTokenSource(TimeBound);
        var workers = Enumerable.Range(0, Connections).Select(worker => Task.Run(async () =>
        {
            var mutator = new RequestMutator(new Random(seed + worker), resources);
            for (var i = worker; i < Requests && !bound.IsCancellationRequested; i += Connections)
            {
                var request = mutator.Next(RequestTemplates.Actions[i % RequestTemplates.Actions.Length]);
                var problem = await SendAsync(http, request, statuses, bound.Token);
                Interlocked.Increment(ref sent);
                if (problem is not null && failures.Count < 20)
                {
                    failures.Enqueue($"{problem}\n    request: {request}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        watch.Stop();

        output.WriteLine($"seed {seed}: {sent} requests in {watch.Elapsed.TotalSeconds:F1} s over {Connections} connections; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.IsEmpty, $"seed {seed}: {failures.Count}+ bad answers, the first:\n" + string.Join("\n", failures));
        Assert.True(sent == Requests, $"seed {seed}: only {sent} of {Requests} requests were sent within {TimeBound}");
        Assert.True(statuses.Keys.Any(s => s == 200) && statuses.Keys.Count(s => s is >= 400 and < 500) >= 3, "the flood should reach both answers and several kinds of error");
    }

    /// <summary>Sends one request; a description of what is wrong with the answer, or null.</summary>
    private static async Task<string?> SendAsync(HttpClient http, AbuseRequest request, ConcurrentDictionary<int, int> statuses, CancellationToken cancellation)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.0");
        if (request.Target is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Amz-Target", request.Target);
        }

        if (request.LargeHeader is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Padding", request.LargeHeader);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return null;
        }
        catch (HttpRequestException e)
        {
            return $"no answer: {e.Message}";
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var text = await response.Content.ReadAsStringAsync(cancellation);
            if (status >= 500)
            {
                return $"status {status}: {text}";
            }

            if (status >= 400)
            {
                return ErrorShapeProblem(status, text);
            }

            return status == 200 && !IsJsonObject(text) ? $"status 200 without a JSON object: {text}" : null;
        }
    }

    private static string? ErrorShapeProblem(int status, string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject body && body["__type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String &&
                   body["message"] is JsonValue message && message.GetValueKind() == JsonValueKind.String
                ? null
                : $"status {status} without __type and message: {text}";
        }
        catch (JsonException)
        {
            return $"status {status} whose body is not JSON: '{text}'";
        }
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The resources the templates name: machines (Standard, Express, one to delete), a version and alias, executions (one waiting on a task token, one failed), an activity and a map run.</summary>
    private static async Task<AbuseResources> SeedAsync(ApiClient client)
    {
        using (client)
        {
            const string role = RequestTemplates.Role;
            async Task<string> Machine(string name, string type, string definition) =>
                (string)(await client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = name, ["type"] = type, ["definition"] = definition, ["roleArn"] = role }))["stateMachineArn"]!;

            var suffix = Guid.NewGuid().ToString("N")[..8];
            var waiting = await Machine("abuse-" + suffix, "STANDARD", """
                {"StartAt":"Cb","States":{"Cb":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}
                """);
            var express = await Machine("abuse-express-" + suffix, "EXPRESS", RequestTemplates.Definitions[0]);
            var doomed = await Machine("abuse-doomed-" + suffix, "STANDARD", RequestTemplates.Definitions[0]);
            var failing = await Machine("abuse-failing-" + suffix, "STANDARD", """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E"}}}""");
            var mapping = await Machine("abuse-map-" + suffix, "STANDARD", """
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}
                """);
            var version = (string)(await client.CallAsync("PublishStateMachineVersion", new JsonObject { ["stateMachineArn"] = waiting }))["stateMachineVersionArn"]!;
            var alias = (string)(await client.CallAsync("CreateStateMachineAlias", new JsonObject
            {
                ["name"] = "live",
                ["routingConfiguration"] = new JsonArray(new JsonObject { ["stateMachineVersionArn"] = version, ["weight"] = 100 }),
            }))["stateMachineAliasArn"]!;
            var execution = (string)(await client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = waiting, ["input"] = "{}" }))["executionArn"]!;
            var failed = (string)(await client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = failing }))["executionArn"]!;
            var mapExecution = (string)(await client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = mapping, ["input"] = "[1,2,3]" }))["executionArn"]!;
            await client.WaitForEndAsync(failed, TimeSpan.FromSeconds(60));
            await client.WaitForEndAsync(mapExecution, TimeSpan.FromSeconds(60));
            var mapRun = (string)(await client.CallAsync("ListMapRuns", new JsonObject { ["executionArn"] = mapExecution }))["mapRuns"]![0]!["mapRunArn"]!;
            var activity = (string)(await client.CallAsync("CreateActivity", new JsonObject { ["name"] = "abuse-" + suffix }))["activityArn"]!;
            var history = await client.HistoryAsync(execution);
            var token = history
                .Select(e => e["taskScheduledEventDetails"]?["parameters"])
                .OfType<JsonNode>()
                .Select(p => (string?)JsonNode.Parse((string)p!)!["MessageBody"]!["token"])
                .FirstOrDefault() ?? "AAAAKgAAAAIAAAAAAAAAAQ";
            return new AbuseResources(
                waiting, express, doomed, version, alias, execution, failed, activity,
                activity.Replace(":activity:abuse-", ":activity:absent-", StringComparison.Ordinal), mapRun, token);
        }
    }
}
