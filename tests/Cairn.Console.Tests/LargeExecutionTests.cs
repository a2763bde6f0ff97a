using System.Text.Json.Nodes;
using Cairn.Console.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cairn.Console.Tests;

/// <summary>
/// Large executions stay usable: a Map of 10,000 iterations (40,006 events) and a history of
/// 25,000 events open, their lists draw only the rows in sight (rows far away are not in the page)
/// and scroll to any item. How fast they open is measured by the benchmark
/// (<c>Cairn.Bench console</c>), not here.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeExecutionTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>A virtualised list keeps the rows in sight plus a few: far fewer than its items.</summary>
    private const int MaxRowsInPage = 120;

    [Fact]
    public async Task A_map_of_ten_thousand_iterations_draws_only_the_iterations_in_sight_and_scrolls_through_them()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("wide-map", Machines.WideMap);
        var input = new JsonArray(Enumerable.Range(0, 10_000).Select(i => (JsonNode)i).ToArray()).ToJsonString();
        var execution = await session.StartExecutionAsync(machine, input, "ten-thousand");
        await session.Api.WaitForEndAsync(execution, ConsoleSession.Patience);

        await session.OpenAsync(ConsoleSession.Fragment("executions", execution, "state=Each+item"));
        await session.WaitForExecutionLoadedAsync();
        var page = session.Page;
        await Assertions.Expect(page.Locator(".progress")).ToHaveTextAsync("40,006 events");
        Assert.Equal("succeeded", await session.StatusOfAsync("Touch"));
        await Assertions.Expect(session.State("Touch").Locator("text.count")).ToHaveTextAsync("×10,000");

        var iterations = page.Locator(".state-panel .iterations");
        await Assertions.Expect(page.Locator(".state-panel")).ToContainTextAsync("Iterations (10,000)");
        await Assertions.Expect(page.Locator(".state-panel")).ToContainTextAsync("10,000 succeeded");
        await AssertScrollsThroughAsync(iterations, "a[data-iteration='{0}']", 10_000, first: 0);
        await iterations.Locator("a[data-iteration='9999']").ClickAsync();
        await session.State("Touch").ClickAsync();
        await Assertions.Expect(page.Locator(".state-panel h2")).ToContainTextAsync("Touch");
        await Assertions.Expect(page.Locator(".state-panel")).ToContainTextAsync("9999");
        await session.ScreenshotAsync("execution-map-10000");
    }

    [Fact]
    public async Task A_history_of_25000_events_draws_only_the_events_in_sight_and_scrolls_to_its_end()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("loop", Machines.Loop);
        var execution = await session.StartExecutionAsync(machine, "{\"n\": 0, \"limit\": 6249}", "long-history");
        var described = await session.Api.WaitForEndAsync(execution, ConsoleSession.Patience);
        Assert.Equal("SUCCEEDED", (string?)described["status"]);

        await session.OpenAsync(ConsoleSession.Fragment("executions", execution, "tab=events"));
        await session.WaitForExecutionLoadedAsync();
        var page = session.Page;
        var list = page.Locator(".events.vlist");
        await Assertions.Expect(page.Locator(".events-table .summary")).ToHaveTextAsync("25,000 events");
        await AssertScrollsThroughAsync(list, "a[data-event-id='{0}']", 25_000, first: 1);
        await list.Locator("a[data-event-id='25000']").ClickAsync();
        await Assertions.Expect(page.Locator(".raw-event")).ToContainTextAsync("ExecutionSucceeded");
        await session.ScreenshotAsync("execution-events-25000");

        await page.GetByRole(AriaRole.Link, new() { Name = "Graph" }).ClickAsync();
        await Assertions.Expect(session.State("Count").Locator("text.count")).ToHaveTextAsync("×6,249");
    }

    /// <summary>
    /// A virtualised list of <paramref name="count"/> items, numbered from <paramref name="first"/>
    /// and found by <paramref name="item"/> (a selector with <c>{0}</c> for the number): at the top it
    /// draws its first item and few rows, not the last; scrolled to the middle and to the end it draws
    /// the item there and no longer the first, and never more than a page of rows.
    /// </summary>
    private static async Task AssertScrollsThroughAsync(ILocator list, string item, int count, int first)
    {
        string Item(int number) => string.Format(System.Globalization.CultureInfo.InvariantCulture, item, number);
        var last = first + count - 1;
        await Assertions.Expect(list.Locator(Item(first))).ToBeVisibleAsync();
        await Assertions.Expect(list.Locator(Item(last))).ToHaveCountAsync(0);
        Assert.InRange(await list.Locator(".row").CountAsync(), 1, MaxRowsInPage);

        await list.EvaluateAsync("el => { el.scrollTop = (el.scrollHeight - el.clientHeight) / 2; }");
        var middle = first + (count / 2);
        await Assertions.Expect(list.Locator(string.Join(", ", Enumerable.Range(middle - 20, 40).Select(Item))).First).ToBeVisibleAsync();
        await Assertions.Expect(list.Locator(Item(first))).ToHaveCountAsync(0);
        Assert.InRange(await list.Locator(".row").CountAsync(), 1, MaxRowsInPage);

        await list.EvaluateAsync("el => { el.scrollTop = el.scrollHeight; }");
        await Assertions.Expect(list.Locator(Item(last))).ToBeVisibleAsync();
        await Assertions.Expect(list.Locator(Item(first))).ToHaveCountAsync(0);
        Assert.InRange(await list.Locator(".row").CountAsync(), 1, MaxRowsInPage);
    }
}
