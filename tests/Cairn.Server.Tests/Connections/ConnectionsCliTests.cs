using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Connections;

/// <summary>
/// <c>aws events ... --endpoint-url</c> against <c>cairn serve</c>: connections are created,
/// described without their secrets, listed, updated, kept across a restart and deleted; an HTTP
/// Task authenticates with one against a loopback HTTP server.
/// </summary>
public sealed class ConnectionsCliTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    private readonly TempFolder _data = new();
    private ServeProcess _server;

    public ConnectionsCliTests() => _server = ServeProcess.Start("--data", _data.Dir, "--no-aws-calls");

    [Fact]
    public void ConnectionsAreManagedWithTheAwsCliAndKeptAcrossARestart()
    {
        var events = new AwsCli(_server.Endpoint, "events");
        var created = events.Run("create-connection", "--name", "stripe", "--authorization-type", "API_KEY",
            "--auth-parameters", """{"ApiKeyAuthParameters":{"ApiKeyName":"x-api-key","ApiKeyValue":"sk_live"},"InvocationHttpParameters":{"HeaderParameters":[{"Key":"x-secret","Value":"hidden","IsValueSecret":true}]}}""");
        var arn = (string)created["ConnectionArn"]!;
        Assert.Matches("^arn:aws:events:us-east-1:123456789012:connection/stripe/[0-9a-f-]{36}$", arn);
        Assert.Equal("AUTHORIZED", (string)created["ConnectionState"]!);

        Assert.Equal("ResourceAlreadyExistsException", events.Fail("create-connection", "--name", "stripe", "--authorization-type", "API_KEY",
            "--auth-parameters", """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}"""));
        Assert.Equal("ValidationException", events.Fail("create-connection", "--name", "basic", "--authorization-type", "BASIC",
            "--auth-parameters", """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}"""));
        Assert.Equal("ValidationException", events.Fail("create-connection", "--name", "bad name!", "--authorization-type", "API_KEY",
            "--auth-parameters", """{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}"""));

        var described = events.Run("describe-connection", "--name", "stripe");
        Assert.Equal(arn, (string)described["ConnectionArn"]!);
        Assert.Equal("API_KEY", (string)described["AuthorizationType"]!);
        Assert.StartsWith("arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/stripe/", (string)described["SecretArn"]!, StringComparison.Ordinal);
        Assert.Equal("""{"ApiKeyAuthParameters":{"ApiKeyName":"x-api-key"},"InvocationHttpParameters":{"HeaderParameters":[{"Key":"x-secret","IsValueSecret":true}]}}""",
            described["AuthParameters"]!.ToJsonString());

        events.Run("update-connection", "--name", "stripe", "--description", "payments", "--auth-parameters", """{"ApiKeyAuthParameters":{"ApiKeyValue":"sk_new"}}""");
        events.Run("create-connection", "--name", "other", "--authorization-type", "BASIC", "--auth-parameters", """{"BasicAuthParameters":{"Username":"u","Password":"p"}}""");

        _server.Kill();
        _server.Dispose();
        _server = ServeProcess.Start("--data", _data.Dir, "--no-aws-calls");
        events = new AwsCli(_server.Endpoint, "events");

        var listed = events.Run("list-connections")["Connections"]!.AsArray();
        Assert.Equal(["other", "stripe"], listed.Select(c => (string)c!["Name"]!));
        Assert.Equal(["stripe"], events.Run("list-connections", "--name-prefix", "st")["Connections"]!.AsArray().Select(c => (string)c!["Name"]!));
        var page = events.Run("list-connections", "--limit", "1");
        Assert.Single(page["Connections"]!.AsArray());
        Assert.Equal("stripe", (string)events.Run("list-connections", "--limit", "1", "--next-token", (string)page["NextToken"]!)["Connections"]![0]!["Name"]!);
        var updated = events.Run("describe-connection", "--name", "stripe");
        Assert.Equal("payments", (string)updated["Description"]!);
        Assert.Equal("x-api-key", (string)updated["AuthParameters"]!["ApiKeyAuthParameters"]!["ApiKeyName"]!);

        Assert.Equal("DELETING", (string)events.Run("delete-connection", "--name", "other")["ConnectionState"]!);
        Assert.Equal("ResourceNotFoundException", events.Fail("describe-connection", "--name", "other"));
        Assert.Equal("ResourceNotFoundException", events.Fail("delete-connection", "--name", "other"));
    }

    [Fact]
    public async Task AnHttpTaskAuthenticatesWithAConnection()
    {
        using var api = new HttpListener();
        var port = FreePort.Find();
        api.Prefixes.Add($"http://127.0.0.1:{port}/");
        api.Start();
        var answered = Task.Run(async () =>
        {
            var context = await api.GetContextAsync();
            var seen = $"{context.Request.HttpMethod} {context.Request.Url!.PathAndQuery} {context.Request.Headers["Authorization"]}";
            var body = Encoding.UTF8.GetBytes($$"""{"seen":"{{seen}}"}""");
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        });

        var events = new AwsCli(_server.Endpoint, "events");
        var connection = (string)events.Run("create-connection", "--name", "api", "--authorization-type", "BASIC",
            "--auth-parameters", """{"BasicAuthParameters":{"Username":"ann","Password":"pw"}}""")["ConnectionArn"]!;
        var definition = $$$"""
            {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:states:::http:invoke",
              "Parameters":{"ApiEndpoint":"http://127.0.0.1:{{{port}}}/orders","Method":"GET","QueryParameters":{"id.$":"$.id"},
                "Authentication":{"ConnectionArn":"{{{connection}}}"}},
              "ResultSelector":{"seen.$":"$.ResponseBody.seen","status.$":"$.StatusCode"},"End":true} } }
            """;
        var sfn = new AwsCli(_server.Endpoint);
        var machine = (string)sfn.Run("create-state-machine", "--name", "http", "--definition", definition, "--role-arn", Role)["stateMachineArn"]!;
        var execution = (string)sfn.Run("start-execution", "--state-machine-arn", machine, "--input", """{"id":"42"}""")["executionArn"]!;
        await answered.WaitAsync(TimeSpan.FromSeconds(60));

        var described = Finished(sfn, execution);
        Assert.Equal("SUCCEEDED", (string)described["status"]!);
        var output = JsonNode.Parse((string)described["output"]!)!;
        Assert.Equal("GET /orders?id=42 Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ann:pw")), (string)output["seen"]!);
        Assert.Equal(200, (int)output["status"]!);
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private static JsonObject Finished(AwsCli sfn, string execution)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var described = sfn.Run("describe-execution", "--execution-arn", execution);
            if ((string)described["status"]! != "RUNNING")
            {
                return described;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"{execution} did not finish");
    }
}
