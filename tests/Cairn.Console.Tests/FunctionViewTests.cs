using System.Globalization;
using System.Text.Json.Nodes;
using Cairn.Console.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cairn.Console.Tests;

/// <summary>The built-in Lambda service's functions: the list, a function's page with its live invocations and their logs, and a test invoke.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FunctionViewTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_task_states_invocation_shows_on_the_function_page_with_its_log()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var created = await Functions.CreatePythonAsync(session.Address, "greeter", Functions.Greeter);
        var definition = """
            {"StartAt": "Greet", "States": {"Greet": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "greeter", "Payload.$": "$"}, "OutputPath": "$.Payload", "End": true}}}
            """;
        var machine = await session.CreateMachineAsync("greets", definition);
        var execution = await session.StartExecutionAsync(machine, """{"name": "Ada"}""", "greet-ada");
        await session.Api.WaitForEndAsync(execution, ConsoleSession.Patience);
        var page = session.Page;

        await session.OpenAsync("#/state-machines");
        await page.Locator("nav.top-nav a[data-segment=functions]").ClickAsync();
        var row = page.Locator("table.functions tbody tr", new() { HasText = "greeter" });
        await Assertions.Expect(row).ToContainTextAsync("python3.12");
        await Assertions.Expect(row).ToContainTextAsync("app.handler");
        await Assertions.Expect(row).ToContainTextAsync("256 MB");
        await Assertions.Expect(row).ToContainTextAsync("30 s");
        await session.ScreenshotAsync("functions");
        await row.GetByRole(AriaRole.Link, new() { Name = "greeter" }).ClickAsync();

        // The invocation, the execution and state that made it, and its log (as text).
        var invocations = page.Locator("table.invocations tbody tr");
        await Assertions.Expect(invocations).ToHaveCountAsync(1);
        var invocation = invocations.First;
        await Assertions.Expect(invocation).ToContainTextAsync("Succeeded");
        await Assertions.Expect(invocation.GetByRole(AriaRole.Link, new() { Name = "greet-ada" })).ToBeVisibleAsync();
        await Assertions.Expect(invocation).ToContainTextAsync("Greet");
        var requestId = await invocation.GetAttributeAsync("data-request-id");
        await invocation.Locator("td code").ClickAsync();
        Assert.Contains("request=" + requestId, page.Url, StringComparison.Ordinal);
        var log = page.Locator("pre[aria-label='Invocation log']");
        await Assertions.Expect(log).ToContainTextAsync($"START RequestId: {requestId}");
        await Assertions.Expect(log).ToContainTextAsync("got Ada");
        await Assertions.Expect(log).ToContainTextAsync("warning on stderr");
        await Assertions.Expect(log).ToContainTextAsync("<img src=x onerror=\"window.__xss=3\">");
        await Assertions.Expect(log).ToContainTextAsync($"REPORT RequestId: {requestId}");
        await session.ScreenshotAsync("function-invocation-log");

        // Live: a new execution's invocation appears without reloading the page.
        var second = await session.StartExecutionAsync(machine, """{"name": "Grace", "fail": true}""", "greet-grace");
        await Assertions.Expect(invocations).ToHaveCountAsync(2);
        await Assertions.Expect(invocations.First).ToContainTextAsync("greet-grace");
        await Assertions.Expect(invocations.First).ToContainTextAsync("Failed");
        await Assertions.Expect(invocations.First).ToContainTextAsync("ValueError");
        await session.Api.WaitForEndAsync(second, ConsoleSession.Patience);

        // The execution link leads to the state in the execution; back returns to the log.
        await invocations.Nth(1).GetByRole(AriaRole.Link, new() { Name = "greet-ada" }).ClickAsync();
        await session.WaitForExecutionLoadedAsync();
        Assert.Contains("#/executions/", page.Url, StringComparison.Ordinal);
        Assert.Contains("state=Greet", page.Url, StringComparison.Ordinal);
        await page.GoBackAsync();
        await Assertions.Expect(log).ToContainTextAsync("got Ada");

        // Configuration, environment and code, and the deep link to that tab.
        await page.GetByRole(AriaRole.Link, new() { Name = "Configuration" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.environment")).ToContainTextAsync("GREETING");
        await Assertions.Expect(page.Locator("table.environment")).ToContainTextAsync("Hello");
        await Assertions.Expect(page.Locator(".tab-body")).ToContainTextAsync((string)created["CodeSha256"]!);
        await Assertions.Expect(page.Locator(".tab-body")).ToContainTextAsync(((long)created["CodeSize"]!).ToString("N0", CultureInfo.InvariantCulture) + " bytes");
        var configuration = page.Url;
        await page.GotoAsync("about:blank");
        await page.GotoAsync(configuration);
        await Assertions.Expect(page.Locator("table.environment")).ToContainTextAsync("GREETING");
        await page.GetByRole(AriaRole.Link, new() { Name = "Versions and aliases" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.versions")).ToContainTextAsync("$LATEST");

        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
    }

    [Fact]
    public async Task A_test_invoke_from_the_console_shows_the_response_and_the_log()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        await Functions.CreatePythonAsync(session.Address, "greeter", Functions.Greeter);
        var page = session.Page;

        await session.OpenAsync("#/functions/greeter?tab=test");
        var editor = page.Locator("textarea[name=input]");
        await editor.FillAsync("{\"name\": ");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Invoke" })).ToBeDisabledAsync();
        await editor.FillAsync("""{"name": "Console"}""");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invoke" }).ClickAsync();
        await Assertions.Expect(page.Locator("pre[aria-label='Response payload']")).ToContainTextAsync("Hello, Console");
        await Assertions.Expect(page.Locator("pre[aria-label='Test log']")).ToContainTextAsync("got Console");
        await Assertions.Expect(page.Locator(".test-result")).ToContainTextAsync("$LATEST");
        await session.ScreenshotAsync("function-test-invoke");

        await editor.FillAsync("""{"name": "Oops", "fail": true}""");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invoke" }).ClickAsync();
        await Assertions.Expect(page.Locator(".test-result h2").First).ToHaveTextAsync("Function error (Unhandled)");
        await Assertions.Expect(page.Locator("pre[aria-label='Response payload']")).ToContainTextAsync("asked to fail");

        // Both show among the invocations; back returns to the test tab with its input.
        await page.GetByRole(AriaRole.Link, new() { Name = "Invocations" }).ClickAsync();
        var invocations = page.Locator("table.invocations tbody tr");
        await Assertions.Expect(invocations).ToHaveCountAsync(2);
        await Assertions.Expect(invocations.First).ToContainTextAsync("ValueError");
        await Assertions.Expect(invocations.Nth(1)).ToContainTextAsync("Invoke");
        await page.GoBackAsync();
        await Assertions.Expect(editor).ToHaveValueAsync("""{"name": "Oops", "fail": true}""");
        Assert.Contains("tab=test", page.Url, StringComparison.Ordinal);
    }
}
