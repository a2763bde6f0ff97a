using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Protocol;

/// <summary>The AWS JSON 1.0 protocol: dispatch, error shapes and statuses, request limits. No request makes a 500.</summary>
public sealed class ProtocolTests : IAsyncLifetime
{
    private InProcessServer _server = null!;

    public async Task InitializeAsync() => _server = await InProcessServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"name\": {\"nested\": [")]
    public async Task MalformedBodiesAreSerializationExceptions(string body)
    {
        var (status, response) = await _server.Client.SendRawAsync("AWSStepFunctions.CreateStateMachine", body);
        Assert.Equal(400, status);
        Assert.Equal("com.amazon.coral.service#SerializationException", (string)response["__type"]!);
        Assert.False(string.IsNullOrEmpty((string?)response["message"]));
    }

    [Fact]
    public async Task WrongMemberTypesAreSerializationExceptions()
    {
        var (status, type, _) = await _server.Client.FailAsync("CreateStateMachine", new JsonObject { ["name"] = 5, ["definition"] = "{}", ["roleArn"] = "arn:aws:iam::1:role/r" });
        Assert.Equal((400, "SerializationException"), (status, type));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("AWSStepFunctions.NoSuchAction")]
    [InlineData("DynamoDB_20120810.ListTables")]
    public async Task UnknownTargetsAreUnknownOperation(string? target)
    {
        var (status, response) = await _server.Client.SendRawAsync(target, "{}");
        Assert.Equal(400, status);
        Assert.EndsWith("#UnknownOperationException", (string)response["__type"]!);
    }

    [Fact]
    public async Task MissingAndOversizedMembersAreValidationExceptions()
    {
        var missing = await _server.Client.FailAsync("CreateStateMachine", new JsonObject { ["definition"] = "{}", ["roleArn"] = "arn:aws:iam::1:role/r" });
        Assert.Equal(("ValidationException", "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null"), (missing.Type, missing.Message));

        var tooMany = await _server.Client.FailAsync("ListStateMachines", new JsonObject { ["maxResults"] = 1001 });
        Assert.Equal("1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000", tooMany.Message);

        var longName = await _server.Client.FailAsync("CreateStateMachine", new JsonObject { ["name"] = new string('a', 81), ["definition"] = "{}", ["roleArn"] = "arn:aws:iam::1:role/r" });
        Assert.Equal("ValidationException", longName.Type);

        var definition = await _server.Client.FailAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = "big",
            ["definition"] = new string(' ', 1024 * 1024 + 1),
            ["roleArn"] = "arn:aws:iam::1:role/r",
        });
        Assert.Equal("ValidationException", definition.Type);
    }

    [Fact]
    public async Task OversizedInputIsRejected()
    {
        var arn = await CreatePassMachineAsync("inputs");
        var error = await _server.Client.FailAsync("StartExecution", new JsonObject { ["stateMachineArn"] = arn, ["input"] = "\"" + new string('x', 256 * 1024) + "\"" });
        Assert.Equal("ValidationException", error.Type);
    }

    [Fact]
    public async Task BodiesOverTheLimitAre413()
    {
        var (status, response) = await _server.Client.SendRawAsync("AWSStepFunctions.ListStateMachines", "{\"x\":\"" + new string('x', 9 * 1024 * 1024) + "\"}");
        Assert.Equal(413, status);
        Assert.EndsWith("#RequestEntityTooLargeException", (string)response["__type"]!);
    }

    [Theory]
    [InlineData("not_a_valid_arn", "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'")]
    [InlineData("arn:aws:states:us-east-1:123456789012:execution:m:e", "Invalid Arn: 'Resource type not valid in this context: execution'")]
    public async Task BadArnsAreInvalidArn(string arn, string message)
    {
        var error = await _server.Client.FailAsync("DescribeStateMachine", new JsonObject { ["stateMachineArn"] = arn });
        Assert.Equal(("InvalidArn", message), (error.Type, error.Message));
    }

    [Fact]
    public async Task ExpressExecutionArnsCannotBeDescribed()
    {
        var error = await _server.Client.FailAsync("DescribeExecution", new JsonObject { ["executionArn"] = "arn:aws:states:us-east-1:123456789012:express:m:e:0e9f2e0a-8d7b-4b5e-9a53-2f1f4c6a3b21" });
        Assert.Equal(("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: express'"), (error.Type, error.Message));
    }

    [Fact]
    public async Task HostPrefixedSyncRequestsAreServed()
    {
        var arn = (string)(await _server.Client.CallAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = "sync",
            ["type"] = "EXPRESS",
            ["definition"] = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""",
            ["roleArn"] = "arn:aws:iam::123456789012:role/r",
        }))["stateMachineArn"]!;
        var (status, body) = await _server.Client.SendRawAsync("AWSStepFunctions.StartSyncExecution", new JsonObject { ["stateMachineArn"] = arn, ["input"] = "{\"a\":1}" }.ToJsonString(), host: "sync-states.us-east-1.amazonaws.com");
        Assert.Equal(200, status);
        Assert.Equal("{\"a\":1}", (string)body["output"]!);
    }

    [Fact]
    public async Task InvalidDefinitionsCarryTheValidatorsDiagnostics()
    {
        var error = await _server.Client.FailAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = "broken",
            ["definition"] = """{"StartAt":"Missing","States":{"P":{"Type":"Pass","End":true}}}""",
            ["roleArn"] = "arn:aws:iam::123456789012:role/r",
        });
        Assert.Equal("InvalidDefinition", error.Type);
        Assert.StartsWith("Invalid State Machine Definition: '", error.Message);
        Assert.Contains("Missing", error.Message);
    }

    [Fact]
    public async Task PageTokensAreBoundToTheirListing()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreatePassMachineAsync($"m{i}");
        }

        var first = await _server.Client.CallAsync("ListStateMachines", new JsonObject { ["maxResults"] = 2 });
        Assert.Equal(2, first["stateMachines"]!.AsArray().Count);
        var token = (string)first["nextToken"]!;
        var second = await _server.Client.CallAsync("ListStateMachines", new JsonObject { ["maxResults"] = 2, ["nextToken"] = token });
        Assert.Equal(["m2"], second["stateMachines"]!.AsArray().Select(m => (string)m!["name"]!));
        Assert.Null(second["nextToken"]);

        var arn = (string)first["stateMachines"]![0]!["stateMachineArn"]!;
        var misuse = await _server.Client.FailAsync("ListExecutions", new JsonObject { ["stateMachineArn"] = arn, ["nextToken"] = token });
        Assert.Equal(("InvalidToken", "Invalid Token: 'Invalid token'"), (misuse.Type, misuse.Message));
    }

    private async Task<string> CreatePassMachineAsync(string name) =>
        (string)(await _server.Client.CallAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = name,
            ["definition"] = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""",
            ["roleArn"] = "arn:aws:iam::123456789012:role/r",
        }))["stateMachineArn"]!;
}
