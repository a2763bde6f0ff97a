using System.Net;
using System.Text.Json.Nodes;
using Cairn.Console.Tests.Support;
using Cairn.Server;
using Cairn.Server.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cairn.Console.Tests;

/// <summary>What users write shows as text; a server that checks signatures lets no unsigned page in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SafetyTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Markup = "<img src=x onerror=\"window.__xss=1\">";

    [Fact]
    public async Task Names_inputs_and_outputs_show_as_the_characters_they_are()
    {
        await using var session = await ConsoleSession.StartAsync(browser, output);
        var definition = new JsonObject
        {
            ["Comment"] = Markup,
            ["StartAt"] = Markup,
            ["States"] = new JsonObject
            {
                [Markup] = new JsonObject { ["Type"] = "Pass", ["Result"] = new JsonObject { ["html"] = "<script>window.__xss=2</script>" }, ["Next"] = "<b>bold</b>" },
                ["<b>bold</b>"] = new JsonObject { ["Type"] = "Fail", ["Error"] = "<i>Error</i>", ["Cause"] = Markup },
            },
        };
        var machine = await session.CreateMachineAsync("markup", definition.ToJsonString());
        var execution = await session.StartExecutionAsync(machine, new JsonObject { ["name"] = Markup }.ToJsonString(), "markup-run");
        await session.Api.WaitForEndAsync(execution, ConsoleSession.Patience);
        var page = session.Page;

        await session.OpenAsync(ConsoleSession.Fragment("executions", execution));
        await session.WaitForExecutionLoadedAsync();
        await session.WaitForStatusAsync(Markup, "succeeded");
        await session.WaitForStatusAsync("<b>bold</b>", "failed");
        Assert.Equal(Markup, await session.State(Markup).Locator("text.name").TextContentAsync());
        await session.State(Markup).ClickAsync();
        await Assertions.Expect(page.Locator(".state-panel h2")).ToContainTextAsync(Markup);
        await Assertions.Expect(page.Locator("pre[aria-label='State input']")).ToContainTextAsync(Markup.Replace("\"", "\\\"", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("pre[aria-label='State output']")).ToContainTextAsync("<script>window.__xss=2</script>");
        await session.State("<b>bold</b>").ClickAsync();
        await Assertions.Expect(page.Locator(".state-panel .error-name")).ToHaveTextAsync("<i>Error</i>");
        await Assertions.Expect(page.Locator(".state-panel .cause")).ToHaveTextAsync(Markup);
        await page.GetByRole(AriaRole.Link, new() { Name = "Input and output" }).ClickAsync();
        await Assertions.Expect(page.Locator(".io .cause")).ToHaveTextAsync(Markup);
        await session.OpenAsync(ConsoleSession.Fragment("state-machines", machine, "tab=definition"));
        await Assertions.Expect(page.Locator("ol.code")).ToContainTextAsync("\"Comment\": \"<img src=x onerror=\\\"window.__xss=1\\\">\"");
        await session.ScreenshotAsync("markup-as-text");

        Assert.Equal(0, await page.Locator("img, script:not([src]), b, i").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
    }

    [Fact]
    public async Task A_server_that_checks_signatures_asks_the_console_for_its_key_pair()
    {
        const string accessKey = "AKIDEXAMPLE";
        const string secretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        await using var session = await ConsoleSession.StartAsync(browser, output, new ServerOptions { DataDirectory = null, AccessKeyId = accessKey, SecretAccessKey = secretKey, Aws = new Cairn.Integrations.Aws.AwsServiceSettings { NoCalls = true } });
        var cli = new AwsCli(session.Address);
        var machine = (string)cli.Run("create-state-machine", "--name", "guarded", "--definition", Machines.Approval, "--role-arn", ConsoleSession.RoleArn)["stateMachineArn"]!;
        var execution = (string)cli.Run("start-execution", "--state-machine-arn", machine, "--name", "guarded-run", "--input", "{}")["executionArn"]!;

        // No door without a signature: not the API, not the stream.
        using (var http = new HttpClient { BaseAddress = session.Address })
        {
            using var unsigned = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{}") };
            unsigned.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions.ListStateMachines");
            Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(unsigned)).StatusCode);
            var stream = await http.GetAsync("/console/api/stream?executionArn=" + Uri.EscapeDataString(execution));
            Assert.Equal(HttpStatusCode.Forbidden, stream.StatusCode);
            Assert.Contains("MissingAuthenticationToken", await stream.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var page = session.Page;
        await session.OpenAsync("#/state-machines");
        var login = page.Locator("dialog.login[open]");
        await Assertions.Expect(login).ToBeVisibleAsync();
        await session.ScreenshotAsync("sign-in");

        // A wrong secret is refused by the server, and the page asks again.
        await login.Locator("input[name=accessKeyId]").FillAsync(accessKey);
        await login.Locator("input[name=secretAccessKey]").FillAsync("not-the-secret");
        await login.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(login).ToBeVisibleAsync();
        await Assertions.Expect(login).ToContainTextAsync("InvalidSignatureException");

        await login.Locator("input[name=accessKeyId]").FillAsync(accessKey);
        await login.Locator("input[name=secretAccessKey]").FillAsync(secretKey);
        await login.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "guarded", Exact = true })).ToBeVisibleAsync();

        // Signed live updates: the page follows the execution to its end.
        await session.OpenAsync(ConsoleSession.Fragment("executions", execution));
        await session.WaitForExecutionLoadedAsync();
        await session.WaitForStatusAsync("Await approval", "running");
        var token = await TaskTokens.LatestSignedAsync(cli, execution);
        cli.Run("send-task-success", "--task-token", token, "--task-output", "{}");
        await session.WaitForStatusAsync("Done", "succeeded");
        await Assertions.Expect(page.Locator(".page-head .badge")).ToHaveTextAsync("SUCCEEDED");

        // Functions too: the Lambda API, the invocations read and their stream are signed.
        using var folder = new Cairn.Server.Tests.Support.TempFolder();
        var zip = Path.Combine(folder.Dir, "code.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("app.py").Open());
            writer.Write("def handler(event, context):\n    print('signed', event)\n    return event\n");
        }

        var lambda = new AwsCli(session.Address, "lambda", folder.Dir);
        lambda.Run("create-function", "--function-name", "guarded-fn", "--runtime", "python3.12", "--role", "arn:aws:iam::123456789012:role/lambda", "--handler", "app.handler", "--zip-file", "fileb://code.zip");
        using (var http = new HttpClient { BaseAddress = session.Address })
        {
            var unsigned = await http.GetAsync("/console/api/invocations?functionName=guarded-fn");
            Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/2015-03-31/functions")).StatusCode);
        }

        await session.OpenAsync("#/functions");
        await page.GetByRole(AriaRole.Link, new() { Name = "guarded-fn" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.invocations, .tab-body .summary").First).ToBeVisibleAsync();
        lambda.Run("invoke", "--function-name", "guarded-fn", "--payload", "{\"n\": 7}", "out.json");
        await Assertions.Expect(page.Locator("table.invocations tbody tr")).ToHaveCountAsync(1);
        await page.Locator("table.invocations tbody tr td code").ClickAsync();
        await Assertions.Expect(page.Locator("pre[aria-label='Invocation log']")).ToContainTextAsync("signed {'n': 7}");
    }

    [Fact]
    public async Task A_page_without_webcrypto_signs_its_requests_all_the_same()
    {
        const string accessKey = "AKIDEXAMPLE";
        const string secretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        await using var session = await ConsoleSession.StartAsync(browser, output, new ServerOptions { DataDirectory = null, AccessKeyId = accessKey, SecretAccessKey = secretKey, Aws = new Cairn.Integrations.Aws.AwsServiceSettings { NoCalls = true } });
        new AwsCli(session.Address).Run("create-state-machine", "--name", "over-plain-http", "--definition", Machines.Approval, "--role-arn", ConsoleSession.RoleArn);

        // A name that is not loopback: plain http there is no secure context, so no crypto.subtle.
        await using var plain = await browser.LaunchAsync("--host-resolver-rules=MAP console.test 127.0.0.1");
        var page = await plain.NewPageAsync();
        await page.GotoAsync($"http://console.test:{session.Address.Port}/#/state-machines");
        Assert.False(await page.EvaluateAsync<bool>("() => window.isSecureContext"));
        Assert.True(await page.EvaluateAsync<bool>("() => typeof crypto.subtle === 'undefined'"));
        var login = page.Locator("dialog.login[open]");
        await login.Locator("input[name=accessKeyId]").FillAsync(accessKey);
        await login.Locator("input[name=secretAccessKey]").FillAsync(secretKey);
        await login.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "over-plain-http", Exact = true })).ToBeVisibleAsync(new() { Timeout = 90_000 });
    }
}
