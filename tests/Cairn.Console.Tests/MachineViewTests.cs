using System.Text.Json.Nodes;
using Cairn.Console.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cairn.Console.Tests;

/// <summary>State machines, their versions, aliases, definitions and executions; activities; addresses and the back button.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MachineViewTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Machines_are_listed_searched_and_shown_with_versions_aliases_and_executions()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var orders = await session.CreateMachineAsync("orders", Machines.Orders);
        await session.CreateMachineAsync("approvals", Machines.Approval);
        await session.CreateMachineAsync("quick", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""", "EXPRESS");
        var version = (string)(await session.Api.CallAsync("PublishStateMachineVersion", new JsonObject { ["stateMachineArn"] = orders }))["stateMachineVersionArn"]!;
        await session.Api.CallAsync("CreateStateMachineAlias", new JsonObject
        {
            ["name"] = "live",
            ["routingConfiguration"] = new JsonArray(new JsonObject { ["stateMachineVersionArn"] = version, ["weight"] = 100 }),
        });
        await session.Api.CallAsync("CreateActivity", new JsonObject { ["name"] = "review" });
        for (var i = 0; i < 3; i++)
        {
            await session.StartExecutionAsync(orders, "{\"items\": []}", $"empty-{i}");
        }

        var page = session.Page;
        await session.OpenAsync("#/state-machines");
        var list = page.Locator(".machines");
        await Assertions.Expect(list.Locator(".row")).ToHaveCountAsync(3);
        var ordersRow = list.Locator(".row").Filter(new() { HasText = "orders" });
        await Assertions.Expect(ordersRow).ToContainTextAsync("STANDARD");
        await Assertions.Expect(ordersRow.Locator(".col-num").Nth(0)).ToHaveTextAsync("1");
        await Assertions.Expect(ordersRow.Locator(".col-num").Nth(1)).ToHaveTextAsync("1");
        await session.ScreenshotAsync("state-machines");

        // Search, kept in the address.
        await page.Locator("input[type=search]").FillAsync("app");
        await Assertions.Expect(list.Locator(".row")).ToHaveCountAsync(1);
        Assert.EndsWith("#/state-machines?q=app", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".machines .row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".machines .row")).ToContainTextAsync("approvals");

        // One machine: its executions with a status filter.
        await session.OpenAsync(ConsoleSession.Fragment("state-machines", orders));
        var executions = page.Locator("table.executions tbody tr");
        await Assertions.Expect(executions).ToHaveCountAsync(3);
        await Assertions.Expect(executions.First).ToContainTextAsync("FAILED");
        await session.ScreenshotAsync("state-machine-executions");
        await page.Locator(".toolbar select").SelectOptionAsync("SUCCEEDED");
        await Assertions.Expect(page.Locator(".tab-body")).ToContainTextAsync("No succeeded executions.");
        Assert.Contains("status=SUCCEEDED", page.Url, StringComparison.Ordinal);
        await page.GoBackAsync();
        await Assertions.Expect(executions).ToHaveCountAsync(3);

        // New executions appear by themselves.
        await session.StartExecutionAsync(orders, "{\"items\": []}", "empty-live");
        await Assertions.Expect(executions).ToHaveCountAsync(4);
        await Assertions.Expect(executions.First).ToContainTextAsync("empty-live");

        // The graph, the versions and aliases.
        await page.GetByRole(AriaRole.Link, new() { Name = "Graph" }).ClickAsync();
        await page.Locator(".graph[data-ready=true]").WaitForAsync();
        Assert.Equal(12, await page.Locator("g.state").CountAsync());
        Assert.Equal(2, await page.Locator("g.group.branch").CountAsync());
        await session.ScreenshotAsync("state-machine-graph");
        await page.GetByRole(AriaRole.Link, new() { Name = "Versions and aliases" }).ClickAsync();
        await Assertions.Expect(page.Locator(".tab-body")).ToContainTextAsync("live");
        await Assertions.Expect(page.Locator(".tab-body")).ToContainTextAsync("version 1 100%");
        await session.ScreenshotAsync("state-machine-versions");
        await page.Locator(".tab-body").GetByRole(AriaRole.Link, new() { Name = "1", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".page-head h1")).ToContainTextAsync("version 1");

        // Activities.
        await page.GetByRole(AriaRole.Link, new() { Name = "Activities" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "review" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("review");
        await session.ScreenshotAsync("activity");
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Activities");
    }

    [Fact]
    public async Task Validation_diagnostics_show_at_their_place_in_the_definition()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("orders", Machines.Orders);
        var page = session.Page;

        // A deep link straight to the definition.
        await session.OpenAsync(ConsoleSession.Fragment("state-machines", machine, "tab=definition"));
        await Assertions.Expect(page.Locator(".definition .summary")).ToHaveTextAsync("Valid: no diagnostics.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit a copy" }).ClickAsync();
        var broken = Machines.Orders.Replace("\"Next\": \"Done\"", "\"Next\": \"Nowhere\"", StringComparison.Ordinal);
        await page.Locator("textarea.definition-editor").FillAsync(broken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Validate" }).ClickAsync();
        await Assertions.Expect(page.Locator(".definition .summary")).ToContainTextAsync("FAIL");
        var flagged = page.Locator("ol.code li.flagged").Filter(new() { HasText = "\"Next\": \"Nowhere\"" });
        await Assertions.Expect(flagged).ToHaveCountAsync(1);
        await Assertions.Expect(flagged.Locator(".diagnostic")).ToContainTextAsync("MISSING_TRANSITION_TARGET");
        await Assertions.Expect(flagged.Locator(".diagnostic")).ToContainTextAsync("/States/Await approval/Next");
        await session.ScreenshotAsync("state-machine-definition-diagnostics");
    }

    [Fact]
    public async Task An_express_machine_runs_from_the_console_and_shows_its_result()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("quick", """{"StartAt":"Greet","States":{"Greet":{"Type":"Pass","Parameters":{"greeting.$":"States.Format('Hello, {}', $.name)"},"End":true}}}""", "EXPRESS");
        var page = session.Page;
        await session.OpenAsync(ConsoleSession.Fragment("state-machines", machine));
        await page.Locator(".graph[data-ready=true]").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Executions" }).ClickAsync();
        await Assertions.Expect(page.Locator(".tab-body")).ToContainTextAsync("Express executions keep no history");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start execution" }).ClickAsync();
        await page.Locator("dialog[open] textarea[name=input]").FillAsync("{\"name\": \"Ada\"}");
        await page.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();
        var result = page.Locator("dialog[open]");
        await Assertions.Expect(result.Locator("h2")).ToHaveTextAsync("Execution SUCCEEDED");
        await Assertions.Expect(result.Locator("pre[aria-label='Execution output']")).ToContainTextAsync("\"greeting\": \"Hello, Ada\"");
        await session.ScreenshotAsync("express-result");
        await result.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(page.Locator("dialog[open]")).ToHaveCountAsync(0);
    }
}
