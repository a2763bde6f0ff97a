using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Lambda;

/// <summary>
/// <c>cairn serve --functions DIR</c> runs real handlers for Task states, and no sandbox process
/// outlives the server: not when it stops, and not when it is killed with SIGKILL.
/// </summary>
public sealed class SandboxLifetimeTests
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    [Fact]
    public async Task AnExecutionRunsARealHandlerThroughTheServer()
    {
        using var files = new TempFolder();
        files.Write("functions/greet/handler.py", "def handler(event, context):\n    return {'greeting': 'hello ' + event['name'], 'fn': context.function_name}\n");
        using var server = ServeProcess.Start("--in-memory", "--functions", Path.Combine(files.Dir, "functions"));
        using var client = new ApiClient(server.Endpoint);
        var output = await RunAsync(client, "arn:aws:lambda:us-east-1:123456789012:function:greet", """{"name": "cairn"}""");
        Assert.Equal("""{"greeting":"hello cairn","fn":"greet"}""", output);
    }

    [Fact]
    public async Task AHandlerCompletesItsTaskTokenWithBoto3ThroughTheEndpointVariables()
    {
        using var files = new TempFolder();
        files.Write(
            "functions/approver/handler.py",
            "import boto3, json, os\ndef handler(event, context):\n    sfn = boto3.client('stepfunctions')\n" +
            "    sfn.send_task_success(taskToken=event['token'], output=json.dumps({'approved': True, 'by': os.environ['AWS_ENDPOINT_URL_SFN']}))\n    return 'sent'\n");
        using var server = ServeProcess.Start("--in-memory", "--functions", Path.Combine(files.Dir, "functions"));
        using var client = new ApiClient(server.Endpoint);
        var definition = new JsonObject
        {
            ["StartAt"] = "Ask",
            ["States"] = new JsonObject
            {
                ["Ask"] = new JsonObject
                {
                    ["Type"] = "Task",
                    ["Resource"] = "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    ["Parameters"] = new JsonObject { ["FunctionName"] = "approver", ["Payload"] = new JsonObject { ["token.$"] = "$$.Task.Token" } },
                    ["TimeoutSeconds"] = 120,
                    ["End"] = true,
                },
            },
        };
        var machine = (string)(await client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = "approval", ["definition"] = definition.ToJsonString(), ["roleArn"] = Role }))["stateMachineArn"]!;
        var execution = (string)(await client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine, ["input"] = "{}" }))["executionArn"]!;
        var described = await client.WaitForEndAsync(execution, TimeSpan.FromSeconds(90));

        Assert.True((string?)described["status"] == "SUCCEEDED", described.ToJsonString() + "\n" + server.Output);
        var output = JsonNode.Parse((string)described["output"]!)!;
        Assert.True((bool)output["approved"]!);
        Assert.Equal(server.Endpoint.GetLeftPart(UriPartial.Authority), (string)output["by"]!);
    }

    [Fact]
    public async Task SandboxesDieWithAKilledServer()
    {
        using var files = new TempFolder();
        var pidFile = Path.Combine(files.Dir, "sandbox.pid");
        files.Write(
            "functions/sleeper/handler.py",
            $"import os, time\ndef handler(event, context):\n    open({System.Text.Json.JsonSerializer.Serialize(pidFile)}, 'w').write(str(os.getpid()))\n    time.sleep(600)\n");
        files.Write("functions/sleeper/function.json", """{"Runtime": "python3.12", "Handler": "handler.handler", "Timeout": 900}""");
        var server = ServeProcess.Start("--in-memory", "--functions", Path.Combine(files.Dir, "functions"));
        try
        {
            using (var client = new ApiClient(server.Endpoint))
            {
                var machine = await CreateAsync(client, "arn:aws:lambda:us-east-1:123456789012:function:sleeper");
                await client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine, ["input"] = "{}" });
            }

            await Eventually(() => File.Exists(pidFile) && File.ReadAllText(pidFile).Length > 0, "the handler has started");
            var pid = int.Parse(File.ReadAllText(pidFile), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(IsRunning(pid), "the sandbox runs while the server does");

            server.KillServerOnly();
            await Eventually(() => !IsRunning(pid), $"sandbox {pid} has ended after the server was killed");
        }
        finally
        {
            server.Dispose();
        }
    }

    private static async Task<string> CreateAsync(ApiClient client, string resource)
    {
        var definition = new JsonObject
        {
            ["StartAt"] = "Call",
            ["States"] = new JsonObject { ["Call"] = new JsonObject { ["Type"] = "Task", ["Resource"] = resource, ["End"] = true } },
        };
        var created = await client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = "calls-lambda", ["definition"] = definition.ToJsonString(), ["roleArn"] = Role });
        return (string)created["stateMachineArn"]!;
    }

    private static async Task<string> RunAsync(ApiClient client, string resource, string input)
    {
        var machine = await CreateAsync(client, resource);
        var execution = (string)(await client.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine, ["input"] = input }))["executionArn"]!;
        var described = await client.WaitForEndAsync(execution, TimeSpan.FromSeconds(60));
        Assert.True((string?)described["status"] == "SUCCEEDED", described.ToJsonString());
        return (string)described["output"]!;
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }

    private static bool IsRunning(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
}
