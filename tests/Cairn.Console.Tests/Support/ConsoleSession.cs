using System.Text.Json.Nodes;
using Cairn.Server;
using Cairn.Server.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cairn.Console.Tests.Support;

/// <summary>
/// A <c>cairn serve</c> in the test process on a free loopback port, the AWS API client for it,
/// and a browser page on its console. Uncaught page errors fail the test when it ends; screenshots
/// go to the test results folder (<c>TestResults/console</c>, or <c>CAIRN_CONSOLE_SCREENSHOTS</c>).
/// </summary>
internal sealed class ConsoleSession : IAsyncDisposable
{
    public const string RoleArn = "arn:aws:iam::123456789012:role/StepFunctionsRole";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly List<string> _pageErrors = [];

    private ConsoleSession(CairnServer server, IBrowserContext context, IPage page, ITestOutputHelper output)
    {
        Server = server;
        Api = new ApiClient(server.Address);
        _context = context;
        Page = page;
        _output = output;
        page.PageError += (_, error) =>
        {
            lock (_pageErrors)
            {
                _pageErrors.Add(error);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                output.WriteLine($"browser console: {message.Text}");
            }
        };
    }

    public CairnServer Server { get; }

    public ApiClient Api { get; }

    public IPage Page { get; }

    public Uri Address => Server.Address;

    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("CAIRN_CONSOLE_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(RepoPaths.Root, "TestResults", "console");

    public static async Task<ConsoleSession> StartAsync(BrowserFixture browser, ITestOutputHelper output, ServerOptions? options = null)
    {
        // Service tasks here stand for the outside world: no AWS call is made, callbacks hand their token over.
        var server = await CairnServer.StartAsync((options ?? new ServerOptions { DataDirectory = null, Aws = new Cairn.Integrations.Aws.AwsServiceSettings { NoCalls = true } }) with { Port = 0 });
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 860 } });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        return new ConsoleSession(server, context, page, output);
    }

    /// <summary>Opens a view of the console: <c>#/state-machines</c>, <c>#/executions/ARN</c>...</summary>
    public async Task OpenAsync(string fragment)
    {
        await Page.GotoAsync(new Uri(Address, "/").ToString() + fragment);
    }

    public static string Fragment(string view, string arn, string? query = null) =>
        $"#/{view}/{Uri.EscapeDataString(arn)}" + (query is null ? string.Empty : "?" + query);

    public async Task<string> CreateMachineAsync(string name, string definition, string type = "STANDARD")
    {
        var created = await Api.CallAsync("CreateStateMachine", new JsonObject { ["name"] = name, ["definition"] = definition, ["roleArn"] = RoleArn, ["type"] = type });
        return (string)created["stateMachineArn"]!;
    }

    public async Task<string> StartExecutionAsync(string machineArn, string input, string? name = null)
    {
        var request = new JsonObject { ["stateMachineArn"] = machineArn, ["input"] = input };
        if (name is not null)
        {
            request["name"] = name;
        }

        return (string)(await Api.CallAsync("StartExecution", request))["executionArn"]!;
    }

    /// <summary>The colour status the graph shows for a state (running, succeeded, failed, caught, cancelled, notStarted).</summary>
    public Task<string?> StatusOfAsync(string state) =>
        Page.EvaluateAsync<string?>("name => [...document.querySelectorAll('g.state')].find(g => g.dataset.state === name)?.dataset.status ?? null", state);

    public async Task WaitForStatusAsync(string state, string status)
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "([name, status]) => [...document.querySelectorAll('g.state')].find(g => g.dataset.state === name)?.dataset.status === status",
                new[] { state, status },
                new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds, PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the state '{state}' did not turn {status} (it is {await StatusOfAsync(state)})");
        }
    }

    public ILocator State(string name) => Page.Locator($"g.state[data-state=\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]");

    public async Task WaitForExecutionLoadedAsync() =>
        await Page.Locator(".execution[data-loaded=true]").WaitForAsync();

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        _output.WriteLine($"screenshot: {path}");
    }

    public void Log(string line) => _output.WriteLine(line);

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        Api.Dispose();
        await Server.DisposeAsync();
        lock (_pageErrors)
        {
            Assert.True(_pageErrors.Count == 0, "the page threw: " + string.Join("\n", _pageErrors));
        }
    }
}
