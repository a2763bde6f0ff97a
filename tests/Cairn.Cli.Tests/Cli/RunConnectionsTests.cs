using System.Text;
using Cairn.Cli.Tests.Support;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Cli.Tests.Cli;

/// <summary>
/// <c>cairn run --connections FILE</c>: HTTP Tasks authenticate with the EventBridge connections of
/// a file of CreateConnection requests, against a loopback HTTP server; the file is checked as
/// CreateConnection checks a request.
/// </summary>
public sealed class RunConnectionsTests
{
    private const string Arn = "arn:aws:events:us-east-1:123456789012:connection/payments/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9";

    /// <summary>A server answering 200 with the path and query it was asked for.</summary>
    private static LoopbackHttpServer Echoing() =>
        new((request, response) => LoopbackHttpServer.WriteAsync(response, 200, $$"""{"path":"{{request.PathAndQuery}}"}"""));

    private static string Url(LoopbackHttpServer server) => server.Uri.ToString().TrimEnd('/');

    private static string Definition(string url, string connectionArn) => $$$$"""
        {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:states:::http:invoke",
          "Parameters":{"ApiEndpoint":"{{{{url}}}}/orders","Method":"POST","QueryParameters":{"id.$":"$.id"},
            "RequestBody":{"total":12},"Authentication":{"ConnectionArn":"{{{{connectionArn}}}}"}},
          "Retry":[{"ErrorEquals":["States.Http.StatusCode.503"],"IntervalSeconds":1,"MaxAttempts":2}],
          "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],
          "ResultSelector":{"path.$":"$.ResponseBody.path","status.$":"$.StatusCode"},"End":true},
          "Caught":{"Type":"Pass","End":true}}}
        """;

    [Fact]
    public async Task AnApiKeyConnectionWithoutAnArnAnswersToAnyArnOfItsName()
    {
        await using var api = Echoing();
        using var dir = new TempFolder();
        var connections = dir.Write("connections.json", """
            [{"Name":"payments","AuthorizationType":"API_KEY",
              "AuthParameters":{"ApiKeyAuthParameters":{"ApiKeyName":"x-api-key","ApiKeyValue":"sk_test"},
                "InvocationHttpParameters":{"HeaderParameters":[{"Key":"x-tenant","Value":"acme","IsValueSecret":false}],
                  "QueryStringParameters":[{"Key":"v","Value":"2","IsValueSecret":false}]}}}]
            """);
        var definition = dir.Write("flow.json", Definition(Url(api), Arn));

        var result = await CairnCli.RunAsync("run", definition, "--connections", connections, "--no-aws-calls", "--input", """{"id":"42"}""", "--json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var output = JValue.Parse(result.Json().GetProperty("output").GetString()!);
        Assert.Equal(200, ((JNumber)((JObject)output)["status"]!).IntegerValue);
        var seen = Assert.Single(api.Requests);
        Assert.Equal("POST", seen.Method);
        Assert.Contains("id=42", seen.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("v=2", seen.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("sk_test", seen.Headers["x-api-key"]);
        Assert.Equal("acme", seen.Headers["x-tenant"]);
        Assert.Equal("""{"total":12}""", seen.Body);
    }

    [Fact]
    public async Task ABasicConnectionWithAnArnAnswersToThatArnOnly()
    {
        await using var api = Echoing();
        using var dir = new TempFolder();
        var connections = dir.Write("connections.json", $$$$"""
            {"Name":"payments","ConnectionArn":"{{{{Arn}}}}","AuthorizationType":"BASIC",
             "AuthParameters":{"BasicAuthParameters":{"Username":"ann","Password":"pw"}}}
            """);

        var matching = await CairnCli.RunAsync("run", dir.Write("flow.json", Definition(Url(api), Arn)), "--connections", connections, "--no-aws-calls", "--input", """{"id":"1"}""", "--json");
        Assert.True(matching.ExitCode == 0, matching.Stdout + matching.Stderr);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ann:pw")), Assert.Single(api.Requests).Headers["Authorization"]);

        var otherArn = Arn[..^4] + "0000";
        var other = await CairnCli.RunAsync("run", dir.Write("other.json", Definition(Url(api), otherArn)), "--connections", connections, "--no-aws-calls", "--input", """{"id":"1"}""", "--json", "--history");
        // States.Runtime: not caught by the States.ALL catcher, the execution fails.
        Assert.True(other.ExitCode == 1, other.Stdout + other.Stderr);
        Assert.Equal("States.Runtime", other.Json().GetProperty("error").GetString());
        Assert.Contains("does not exist", other.Stdout, StringComparison.Ordinal);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task AFailingEndpointIsRetriedAndCaughtByItsStatusCode()
    {
        await using var api = LoopbackHttpServer.Answering(503, """{"message":"busy"}""");
        using var dir = new TempFolder();
        var connections = dir.Write("connections.json", """[{"Name":"payments","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}}]""");

        var result = await CairnCli.RunAsync("run", dir.Write("flow.json", Definition(Url(api), Arn)), "--connections", connections, "--no-aws-calls", "--input", """{"id":"1"}""", "--time-scale", "0", "--json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var output = (JObject)JValue.Parse(result.Json().GetProperty("output").GetString()!);
        Assert.Equal("States.Http.StatusCode.503", ((JString)output["Error"]!).Value);
        Assert.Equal(3, api.Requests.Count);
    }

    [Theory]
    [InlineData("""[{"Name":"a","AuthorizationType":"BASIC","AuthParameters":{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}}]""", "entry 0 ('a'): ValidationException: BasicAuthParameters with Username and Password")]
    [InlineData("""[{"Name":"bad name","AuthorizationType":"BASIC","AuthParameters":{}}]""", "entry 0 ('bad name'): ValidationException")]
    [InlineData("""[{"Name":"a","AuthorizationType":"TOKEN","AuthParameters":{}}]""", "entry 0 ('a'): ValidationException")]
    [InlineData("""[{"Name":"a","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}},{"Name":"a","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}}]""", "entry 1 ('a'): a connection named 'a' is given twice")]
    [InlineData("""[{"Name":"a","ConnectionArn":"arn:aws:events:us-east-1:1:connection/b/x","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}}]""", "entry 0 ('a'): ConnectionArn must be a connection ARN of that name")]
    [InlineData("[1]", "entry 0: expected an object")]
    [InlineData("{oops", "not JSON")]
    public async Task ABadConnectionsFileSaysWhatAndWhere(string file, string message)
    {
        using var dir = new TempFolder();
        var connections = dir.Write("connections.json", file);
        var result = await CairnCli.RunAsync("run", dir.Write("flow.json", Definition("http://127.0.0.1:9", Arn)), "--connections", connections, "--no-aws-calls");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(connections + ": " + message, result.Stderr, StringComparison.Ordinal);
    }
}
