using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cairn.Server;
using Microsoft.Playwright;

namespace Cairn.Bench.Browser;

/// <summary>
/// <c>console [--runs N]</c>: how long the console takes to open large executions in Chromium — a
/// Map of 6,000 iterations (24,006 events, within the history limit) and a history of 25,000 events — from the address to
/// the drawn graph and lists. Starts an in-memory server on a free loopback port and Debian's
/// Chromium (<c>/usr/bin/chromium</c> or <c>CAIRN_CHROMIUM</c>), opens each view N times from a
/// blank page and prints min, median and max (wall clock, and in the page after its script started),
/// with the machine's load average beside them. The issue's target is 2 s on an idle machine.
/// </summary>
public static class ConsoleRender
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    /// <summary>A Map over the input array, one Pass per item (the browser tests' wide Map).</summary>
    private const string WideMap = """
        {"StartAt":"Each item","States":{"Each item":{"Type":"Map","MaxConcurrency":0,"ResultSelector":{"done":true},"End":true,
          "ItemProcessor":{"StartAt":"Touch","States":{"Touch":{"Type":"Pass","End":true}}}}}}
        """;

    /// <summary>A counting loop, four events per turn until $.n reaches $.limit (the browser tests' loop).</summary>
    private const string Loop = """
        {"StartAt":"Count","States":{
          "Count":{"Type":"Pass","Parameters":{"n.$":"States.MathAdd($.n, 1)","limit.$":"$.limit"},"Next":"Again?"},
          "Again?":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericLessThanPath":"$.limit","Next":"Count"}],"Default":"Finished"},
          "Finished":{"Type":"Succeed"}}}
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length >= 2 && args[0] == "--runs" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var chromium = Environment.GetEnvironmentVariable("CAIRN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            await System.Console.Error.WriteLineAsync($"console: needs Chromium at {chromium} (apt-get install -y chromium, or set CAIRN_CHROMIUM)");
            return 1;
        }

        await using var server = await CairnServer.StartAsync(new ServerOptions { DataDirectory = null, Port = 0 });
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        var map = await StartAsync(http, "wide-map", WideMap, new JsonArray(Enumerable.Range(0, 6_000).Select(i => (JsonNode)i).ToArray()).ToJsonString());
        var loop = await StartAsync(http, "loop", Loop, "{\"n\": 0, \"limit\": 6249}");
        await WaitForEndAsync(http, map);
        await WaitForEndAsync(http, loop);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            ChromiumSandbox = false,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            Timeout = 120_000,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 860 } });
        context.SetDefaultTimeout(300_000);
        var page = await context.NewPageAsync();

        System.Console.WriteLine($"Console render times over {runs} runs each (load average {LoadAverage()} on {Environment.ProcessorCount} cores):");
        System.Console.WriteLine($"{"view",-44} {"min ms",8} {"median",8} {"max ms",8} {"in page",8}");
        await MeasureAsync(page, server.Address, Fragment(map, "state=Each+item"), "6,000-iteration Map (24,006 events)", runs);
        await MeasureAsync(page, server.Address, Fragment(loop, "tab=events"), "25,000-event history", runs);
        System.Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    private static async Task MeasureAsync(IPage page, Uri address, string fragment, string what, int runs)
    {
        var wall = new List<double>();
        var inPage = new List<double>();
        var phases = new List<string>();
        for (var run = 0; run < runs; run++)
        {
            await page.GotoAsync("about:blank");
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(new Uri(address, "/") + fragment);
            await page.Locator(".execution[data-loaded=true]").WaitForAsync();
            clock.Stop();
            wall.Add(clock.Elapsed.TotalMilliseconds);
            var view = page.Locator(".execution");
            var rendered = await view.GetAttributeAsync("data-render-ms");
            inPage.Add(double.TryParse(rendered, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? ms : double.NaN);
            var phase = new Dictionary<string, string?>();
            foreach (var name in new[] { "first-screen", "graph", "history", "analysis", "draw" })
            {
                phase[name] = await view.GetAttributeAsync("data-" + name + "-ms");
            }

            phases.Add($"first screen {phase["first-screen"]} ms, graph drawn {phase["graph"]} ms, history read {phase["history"]} ms " +
                $"(of which analysis {phase["analysis"]} ms, drawing {phase["draw"]} ms), all {rendered} ms");
        }

        wall.Sort();
        inPage.Sort();
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-44} {wall[0],8:F0} {wall[wall.Count / 2],8:F0} {wall[^1],8:F0} {inPage[inPage.Count / 2],8:F0}"));
        foreach (var phase in phases)
        {
            System.Console.WriteLine($"    in page: {phase}");
        }
    }

    private static string Fragment(string arn, string query) => $"#/executions/{Uri.EscapeDataString(arn)}?{query}";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static async Task<string> StartAsync(HttpClient http, string name, string definition, string input)
    {
        var machine = await CallAsync(http, "CreateStateMachine", new JsonObject { ["name"] = name, ["definition"] = definition, ["roleArn"] = RoleArn });
        var started = await CallAsync(http, "StartExecution", new JsonObject { ["stateMachineArn"] = (string)machine["stateMachineArn"]!, ["input"] = input });
        return (string)started["executionArn"]!;
    }

    private static async Task WaitForEndAsync(HttpClient http, string execution)
    {
        while ((string)(await CallAsync(http, "DescribeExecution", new JsonObject { ["executionArn"] = execution }))["status"]! == "RUNNING")
        {
            await Task.Delay(100);
        }
    }

    private static async Task<JsonObject> CallAsync(HttpClient http, string action, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions." + action);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)!.AsObject() : throw new InvalidOperationException($"{action}: {(int)response.StatusCode} {text}");
    }
}
