using System.Text.Json.Nodes;
using Cairn.Console.Tests.Support;
using Cairn.Server;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cairn.Console.Tests;

/// <summary>An execution in the console: started, watched live, inspected, stopped and redriven.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExecutionViewTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task An_execution_started_from_the_console_is_watched_live_until_its_token_is_sent()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("orders", Machines.Orders);
        var page = session.Page;

        // The list, the machine, the Start dialog with its input editor.
        await session.OpenAsync("#/state-machines");
        await page.GetByRole(AriaRole.Link, new() { Name = "orders", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start execution" }).ClickAsync();
        var dialog = page.Locator("dialog[open]");
        await dialog.Locator("textarea[name=input]").FillAsync("{\"items\": [5, 250");
        Assert.True(await dialog.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).IsDisabledAsync(), "invalid JSON must not be startable");
        Assert.Contains("Not valid JSON", await dialog.InnerTextAsync());
        await dialog.Locator("textarea[name=input]").FillAsync("{\"items\": [5, 20, 250], \"customer\": \"Ada\"}");
        await dialog.Locator("input[name=name]").FillAsync("order-1");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();
        try
        {
            await page.WaitForFunctionAsync("() => location.hash.startsWith('#/executions/')", null, new() { PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            await session.ScreenshotAsync("failed-start");
            Assert.Fail($"the console did not go to the new execution; it shows {page.Url}: {await page.Locator("body").InnerTextAsync()}");
        }

        var execution = "arn:aws:states:us-east-1:123456789012:execution:orders:order-1";
        Assert.EndsWith(Uri.EscapeDataString(execution), page.Url.Split('#')[1].Split('?')[0], StringComparison.Ordinal);
        await session.WaitForExecutionLoadedAsync();

        // Every colour change is recorded as it happens on the page, to check the live updates.
        await page.EvaluateAsync("""
            () => {
              window.__changes = [];
              new MutationObserver(records => {
                for (const r of records) window.__changes.push(r.target.dataset.state + ':' + r.target.dataset.status);
              }).observe(document.querySelector('.graph-svg'), { attributes: true, attributeFilter: ['data-status'], subtree: true });
            }
            """);

        // While it runs: the callback task is in progress, what came before has its colours.
        await session.WaitForStatusAsync("Await approval", "running");
        await session.WaitForStatusAsync("Reserve stock", "caught");
        Assert.Equal("succeeded", await session.StatusOfAsync("Validate"));
        Assert.Equal("notStarted", await session.StatusOfAsync("Rejected"));
        Assert.Equal("caught", await session.StatusOfAsync("Price items"));
        Assert.Equal("failed", await session.StatusOfAsync("Too expensive"));
        Assert.Equal("succeeded", await session.StatusOfAsync("Price fallback"));
        Assert.Equal("succeeded", await session.StatusOfAsync("Fan out"));
        Assert.Equal("notStarted", await session.StatusOfAsync("Done"));
        await Assertions.Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("RUNNING");
        await session.ScreenshotAsync("execution-running");

        // The failed state: its error and cause.
        await session.State("Too expensive").ClickAsync();
        var panel = page.Locator(".state-panel");
        await Assertions.Expect(panel.Locator(".error-name")).ToHaveTextAsync("Price.TooHigh");
        await Assertions.Expect(panel.Locator(".cause")).ToHaveTextAsync("An item costs more than 100");
        Assert.Contains("state=Too+expensive", page.Url, StringComparison.Ordinal);

        // The retried task: its attempts, its error, its parameters and resource.
        await session.State("Reserve stock").ClickAsync();
        // No function named reserve-stock exists, so Lambda answers as AWS does.
        await Assertions.Expect(panel.Locator(".error-name")).ToHaveTextAsync("Lambda.ResourceNotFoundException");
        await Assertions.Expect(panel).ToContainTextAsync("Error (caught)");
        await Assertions.Expect(panel.Locator("dt:text-is('Retries') + dd")).ToHaveTextAsync("1");
        await Assertions.Expect(panel.Locator("dt:text-is('Resource') + dd")).ToHaveTextAsync("arn:aws:lambda:us-east-1:123456789012:function:reserve-stock");

        // The Map: its iterations, one of which failed.
        await session.State("Price items").ClickAsync();
        await Assertions.Expect(panel).ToContainTextAsync("Iterations (3)");
        await Assertions.Expect(panel).ToContainTextAsync("2 succeeded, 1 failed");
        await panel.Locator(".iterations a[data-iteration='2']").ClickAsync();
        await session.WaitForStatusAsync("Priced", "notStarted");
        Assert.Equal("failed", await session.StatusOfAsync("Too expensive"));
        await panel.Locator(".iterations a[data-iteration='0']").ClickAsync();
        await session.WaitForStatusAsync("Priced", "succeeded");
        Assert.Equal("notStarted", await session.StatusOfAsync("Too expensive"));
        await session.ScreenshotAsync("execution-map-iteration");

        // The token is sent by a worker: the page follows the execution to its end by itself.
        var token = await TaskTokens.LatestAsync(session.Api, execution);
        await session.State("Await approval").ClickAsync();
        await session.Api.CallAsync("SendTaskSuccess", new JsonObject { ["taskToken"] = token, ["output"] = "{\"approved\":true}" });
        await session.WaitForStatusAsync("Done", "succeeded");
        await session.WaitForStatusAsync("Await approval", "succeeded");
        await Assertions.Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("SUCCEEDED");
        await Assertions.Expect(panel.Locator("pre[aria-label='Task result']")).ToContainTextAsync("\"approved\": true");
        var changes = await page.EvaluateAsync<string[]>("() => window.__changes");
        Assert.Contains("Await approval:succeeded", changes);
        Assert.Contains("Done:succeeded", changes);
        await page.Locator(".graph").ScreenshotAsync(new() { Path = Path.Combine(ConsoleSession.ScreenshotFolder, "execution-graph.png") });
        await session.ScreenshotAsync("execution-succeeded");

        // The events: a table with filters and each event's JSON.
        await page.GetByRole(AriaRole.Link, new() { Name = "Events", Exact = false }).First.ClickAsync();
        await page.Locator(".events .row").First.WaitForAsync();
        await page.Locator(".events-table input[type=search]").FillAsync("Too expensive");
        await Assertions.Expect(page.Locator(".events .row")).ToHaveCountAsync(1);
        await page.Locator(".events .row").First.ClickAsync();
        await Assertions.Expect(page.Locator(".raw-event")).ToContainTextAsync("\"type\": \"FailStateEntered\"");
        await page.Locator(".events-table input[type=search]").FillAsync(string.Empty);
        await page.Locator(".events-table select").SelectOptionAsync("Task");
        await Assertions.Expect(page.Locator(".events-table .summary")).ToContainTextAsync(" of ");
        await session.ScreenshotAsync("execution-events");

        // Input and output.
        await page.GetByRole(AriaRole.Link, new() { Name = "Input and output" }).ClickAsync();
        await Assertions.Expect(page.Locator("pre[aria-label='Execution input']")).ToContainTextAsync("\"customer\": \"Ada\"");
        await Assertions.Expect(page.Locator("pre[aria-label='Execution output']")).ToContainTextAsync("\"approved\": true");
        await session.ScreenshotAsync("execution-input-output");

        // The back button walks back through the views.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator(".events-table")).ToBeVisibleAsync();

        // A link to the failed state, opened afresh: the view the README shows.
        await session.OpenAsync(ConsoleSession.Fragment("executions", execution, "state=Too+expensive"));
        await session.WaitForExecutionLoadedAsync();
        await Assertions.Expect(panel.Locator(".error-name")).ToHaveTextAsync("Price.TooHigh");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await session.ScreenshotAsync("execution-view");
    }

    [Fact]
    public async Task Stop_and_redrive_from_the_console()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("approvals", Machines.Approval);
        var page = session.Page;

        // Stop: a running execution ends ABORTED, its waiting task cancelled.
        var toStop = await session.StartExecutionAsync(machine, "{}", "to-stop");
        await TaskTokens.LatestAsync(session.Api, toStop);
        await session.OpenAsync(ConsoleSession.Fragment("executions", toStop));
        await session.WaitForExecutionLoadedAsync();
        await session.WaitForStatusAsync("Await approval", "running");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop" }).ClickAsync();
        var dialog = page.Locator("dialog[open]");
        await dialog.Locator("input[name=error]").FillAsync("Operator.Stopped");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stop execution" }).ClickAsync();
        await Assertions.Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("ABORTED");
        await session.WaitForStatusAsync("Await approval", "cancelled");
        Assert.Equal("ABORTED", (string?)(await session.Api.CallAsync("DescribeExecution", new JsonObject { ["executionArn"] = toStop }))["error"] is "Operator.Stopped" ? "ABORTED" : "wrong error");
        await session.ScreenshotAsync("execution-stopped");

        // Redrive: a failed execution runs again from the failed task.
        var toRedrive = await session.StartExecutionAsync(machine, "{}", "to-redrive");
        var token = await TaskTokens.LatestAsync(session.Api, toRedrive);
        await session.Api.CallAsync("SendTaskFailure", new JsonObject { ["taskToken"] = token, ["error"] = "Approval.Denied", ["cause"] = "Nobody approved" });
        await session.OpenAsync(ConsoleSession.Fragment("executions", toRedrive));
        await session.WaitForExecutionLoadedAsync();
        await Assertions.Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("FAILED");
        await session.WaitForStatusAsync("Await approval", "failed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Redrive" }).ClickAsync();
        await page.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = "Redrive" }).ClickAsync();
        await Assertions.Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("RUNNING");
        await session.WaitForStatusAsync("Await approval", "running");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Redrives");

        // The redriven task got a fresh token; with it the execution finishes.
        var again = await TaskTokens.LatestAsync(session.Api, toRedrive);
        Assert.NotEqual(token, again);
        await session.Api.CallAsync("SendTaskSuccess", new JsonObject { ["taskToken"] = again, ["output"] = "{}" });
        await Assertions.Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("SUCCEEDED");
        await session.WaitForStatusAsync("Done", "succeeded");
        await session.ScreenshotAsync("execution-redriven");
    }

    [Fact]
    public async Task A_nested_execution_links_to_its_parent_and_back()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var child = await session.CreateMachineAsync("child", """{"StartAt":"Work","States":{"Work":{"Type":"Pass","Result":{"done":true},"End":true}}}""");
        var parent = await session.CreateMachineAsync("parent", """
            {"StartAt":"Run child","States":{"Run child":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2",
              "Parameters":{"StateMachineArn":"CHILD","Name":"the-child","Input":{"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$":"$$.Execution.Id"}},"End":true}}}
            """.Replace("CHILD", child, StringComparison.Ordinal));
        var parentArn = await session.StartExecutionAsync(parent, "{}", "the-parent");
        await session.Api.WaitForEndAsync(parentArn, ConsoleSession.Patience);
        var page = session.Page;

        await session.OpenAsync(ConsoleSession.Fragment("executions", parentArn));
        await session.WaitForExecutionLoadedAsync();
        await page.Locator(".related").GetByRole(AriaRole.Link, new() { Name = "the-child" }).ClickAsync();
        await session.WaitForExecutionLoadedAsync();
        await Assertions.Expect(page.Locator(".page-head h1")).ToContainTextAsync("the-child");
        await session.WaitForStatusAsync("Work", "succeeded");
        await page.Locator(".facts").GetByRole(AriaRole.Link, new() { Name = "the-parent" }).ClickAsync();
        await Assertions.Expect(page.Locator(".page-head h1")).ToContainTextAsync("the-parent");
        await session.WaitForExecutionLoadedAsync();
        await session.WaitForStatusAsync("Run child", "succeeded");
    }

    [Fact]
    public async Task A_distributed_map_links_to_its_map_run_and_back()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var machine = await session.CreateMachineAsync("fan-out", """
            {"StartAt":"Spread","States":{"Spread":{"Type":"Map","Label":"spread","ItemsPath":"$.items","ToleratedFailureCount":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"Check","States":{
                "Check":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"Broken"}],"Default":"Handle"},
                "Broken":{"Type":"Fail","Error":"Broken","Cause":"item 2"},
                "Handle":{"Type":"Pass","End":true}}},
              "End":true}}}
            """);
        var execution = await session.StartExecutionAsync(machine, "{\"items\": [1, 2, 3]}", "spread-run");
        await session.Api.WaitForEndAsync(execution, ConsoleSession.Patience);
        var page = session.Page;

        await session.OpenAsync(ConsoleSession.Fragment("executions", execution));
        await session.WaitForExecutionLoadedAsync();
        await session.WaitForStatusAsync("Spread", "succeeded");
        await page.Locator(".related a").Filter(new() { HasText = "fan-out/spread:" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Map Run spread");
        await Assertions.Expect(page.Locator("h1 .badge")).ToHaveTextAsync("SUCCEEDED");
        await Assertions.Expect(page.Locator("table.counts").First).ToContainTextAsync("total");

        // The child workflow executions, as ListExecutions with the Map Run's ARN lists them, by status.
        var children = page.Locator("table.child-executions tbody tr");
        await Assertions.Expect(children).ToHaveCountAsync(3);
        await Assertions.Expect(children.Filter(new() { HasText = "SUCCEEDED" })).ToHaveCountAsync(2);
        await Assertions.Expect(children.Filter(new() { HasText = "FAILED" })).ToHaveCountAsync(1);
        await session.ScreenshotAsync("map-run");
        await page.GetByLabel("Status filter").SelectOptionAsync("FAILED");
        await Assertions.Expect(children).ToHaveCountAsync(1);
        await Assertions.Expect(children.First).ToContainTextAsync("FAILED");
        Assert.Contains("status=FAILED", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Status filter").SelectOptionAsync("RUNNING");
        await Assertions.Expect(page.Locator(".table-body")).ToContainTextAsync("No running child workflow executions.");
        await page.Locator(".facts").GetByRole(AriaRole.Link, new() { Name = "Spread", Exact = true }).ClickAsync();
        await session.WaitForExecutionLoadedAsync();
        await Assertions.Expect(page.Locator(".state-panel h2")).ToContainTextAsync("Spread");
        await Assertions.Expect(page.Locator(".state-panel dt:text-is('Map Run') + dd")).ToContainTextAsync("fan-out/spread:");
    }
}
