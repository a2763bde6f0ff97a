using System.Diagnostics;
using System.Text.Json.Nodes;
using Cairn.Console.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cairn.Console.Tests;

/// <summary>
/// Large executions stay usable: a Map of 10,000 iterations (40,006 events) and a history of
/// 25,000 events open in under 2 s, and their lists draw only the rows in sight.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeExecutionTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>The target for opening a large execution, from the address to the drawn graph and lists, on a machine that is not oversubscribed.</summary>
    private static readonly TimeSpan RenderTarget = TimeSpan.FromSeconds(2);

    /// <summary>A virtualised list keeps the rows in sight plus a few: far fewer than its items.</summary>
    private const int MaxRowsInPage = 120;

    [Fact]
    public async Task A_map_of_ten_thousand_iterations_opens_quickly_and_scrolls_through_its_iterations()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("wide-map", Machines.WideMap);
        var input = new JsonArray(Enumerable.Range(0, 10_000).Select(i => (JsonNode)i).ToArray()).ToJsonString();
        var execution = await session.StartExecutionAsync(machine, input, "ten-thousand");
        await session.Api.WaitForEndAsync(execution, ConsoleSession.Patience);

        var fragment = ConsoleSession.Fragment("executions", execution, "state=Each+item");
        var best = await OpenTimedAsync(session, fragment, "10,000-iteration Map (40,006 events)");
        var page = session.Page;
        await Assertions.Expect(page.Locator(".progress")).ToHaveTextAsync("40,006 events");
        Assert.Equal("succeeded", await session.StatusOfAsync("Touch"));
        await Assertions.Expect(session.State("Touch").Locator("text.count")).ToHaveTextAsync("×10,000");

        var iterations = page.Locator(".state-panel .iterations");
        await Assertions.Expect(page.Locator(".state-panel")).ToContainTextAsync("Iterations (10,000)");
        await Assertions.Expect(page.Locator(".state-panel")).ToContainTextAsync("10,000 succeeded");
        var rows = await iterations.Locator(".row").CountAsync();
        Assert.InRange(rows, 1, MaxRowsInPage);
        await iterations.EvaluateAsync("el => { el.scrollTop = el.scrollHeight; }");
        await Assertions.Expect(iterations.Locator("a[data-iteration='9999']")).ToBeVisibleAsync();
        Assert.InRange(await iterations.Locator(".row").CountAsync(), 1, MaxRowsInPage);
        await iterations.Locator("a[data-iteration='9999']").ClickAsync();
        await session.State("Touch").ClickAsync();
        await Assertions.Expect(page.Locator(".state-panel h2")).ToContainTextAsync("Touch");
        await Assertions.Expect(page.Locator(".state-panel")).ToContainTextAsync("9999");
        await session.ScreenshotAsync("execution-map-10000");
        AssertOnTarget(best, "the 10,000-iteration Map");
    }

    [Fact]
    public async Task A_history_of_25000_events_opens_quickly_and_scrolls_to_its_end()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("loop", Machines.Loop);
        var execution = await session.StartExecutionAsync(machine, "{\"n\": 0, \"limit\": 6249}", "long-history");
        var described = await session.Api.WaitForEndAsync(execution, ConsoleSession.Patience);
        Assert.Equal("SUCCEEDED", (string?)described["status"]);

        var best = await OpenTimedAsync(session, ConsoleSession.Fragment("executions", execution, "tab=events"), "25,000-event history");
        var page = session.Page;
        var list = page.Locator(".events.vlist");
        await Assertions.Expect(page.Locator(".events-table .summary")).ToHaveTextAsync("25,000 events");
        Assert.InRange(await list.Locator(".row").CountAsync(), 1, MaxRowsInPage);
        await list.EvaluateAsync("el => { el.scrollTop = el.scrollHeight; }");
        await Assertions.Expect(list.Locator("a[data-event-id='25000']")).ToBeVisibleAsync();
        Assert.InRange(await list.Locator(".row").CountAsync(), 1, MaxRowsInPage);
        await list.Locator("a[data-event-id='25000']").ClickAsync();
        await Assertions.Expect(page.Locator(".raw-event")).ToContainTextAsync("ExecutionSucceeded");
        await session.ScreenshotAsync("execution-events-25000");

        await page.GetByRole(AriaRole.Link, new() { Name = "Graph" }).ClickAsync();
        await Assertions.Expect(session.State("Count").Locator("text.count")).ToHaveTextAsync("×6,249");
        AssertOnTarget(best, "the 25,000-event history");
    }

    /// <summary>
    /// The time to open is held to <see cref="RenderTarget"/>; when more processes want the CPU than
    /// it has cores (the machine is shared by parallel builds and tests), the target grows with the
    /// square root of that ratio (printed), so that the check measures the console rather than its
    /// neighbours and still catches a page that got several times slower.
    /// </summary>
    private void AssertOnTarget(TimeSpan best, string what)
    {
        var load = File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var oversubscribed = Math.Sqrt(Math.Max(1, load / Environment.ProcessorCount));
        var target = RenderTarget * oversubscribed;
        output.WriteLine($"{what}: best {best.TotalMilliseconds:F0} ms; target {RenderTarget.TotalMilliseconds:F0} ms × {oversubscribed:F1} (√ of load {load:F1} on {Environment.ProcessorCount} cores) = {target.TotalMilliseconds:F0} ms");
        Assert.True(best < target, $"{what} took {best.TotalMilliseconds:F0} ms to open at best (target {target.TotalMilliseconds:F0} ms)");
    }

    /// <summary>
    /// Opens a view three times from a blank page, each time until its events are read and drawn;
    /// returns the best time (the machine is shared, so one slow run says little).
    /// </summary>
    private async Task<TimeSpan> OpenTimedAsync(ConsoleSession session, string fragment, string what)
    {
        var best = TimeSpan.MaxValue;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await session.Page.GotoAsync("about:blank");
            var clock = Stopwatch.StartNew();
            await session.OpenAsync(fragment);
            await session.WaitForExecutionLoadedAsync();
            clock.Stop();
            var inPage = await session.Page.Locator(".execution").GetAttributeAsync("data-render-ms");
            output.WriteLine($"{what}: opened in {clock.ElapsedMilliseconds} ms (attempt {attempt}; {inPage} ms after the page's script started)");
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        output.WriteLine($"{what}: best {best.TotalMilliseconds:F0} ms");
        return best;
    }
}
