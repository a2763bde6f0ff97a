using System.Text;
using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Protocol;

/// <summary>
/// Requests that are not what the protocol takes: each gets a 4xx with a JSON body carrying
/// <c>__type</c> and a message, never a 500 and never an empty body. The request envelope is
/// checked whole (SerializationException); a JSON-text member that is not valid JSON gets the
/// member's own error; names follow AWS's character rule (InvalidName).
/// </summary>
public sealed class MalformedRequestTests : IAsyncLifetime
{
    private const string Role = "arn:aws:iam::123456789012:role/r";
    private const string PassDefinition = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";
    private InProcessServer _server = null!;

    public async Task InitializeAsync() => _server = await InProcessServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("ListStateMachines", """{"maxResults":1,"maxResults":2}""", "Duplicate field 'maxResults'")]
    [InlineData("CreateStateMachine", """{"name":"a","tags":[{"key":"k","key":"j","value":"v"}]}""", "Duplicate field 'key'")]
    [InlineData("ListStateMachines", """{"nextToken":"\ud800"}""", "Invalid UTF-16 in 'nextToken': an unpaired surrogate is not a character")]
    [InlineData("DescribeExecution", """{"executionArn":"arn:\udc00"}""", "Invalid UTF-16 in 'executionArn': an unpaired surrogate is not a character")]
    [InlineData("ListStateMachines", """{"nextToken":"\x"}""", "The request body is not valid JSON")]
    [InlineData("ListStateMachines", """{} {}""", "The request body is not valid JSON")]
    public async Task EnvelopeProblemsAreSerializationExceptions(string action, string body, string message)
    {
        var (status, text, _) = await _server.Client.SendBytesAsync("AWSStepFunctions." + action, Encoding.UTF8.GetBytes(body));
        var error = ErrorOf(status, text);
        Assert.Equal((400, "com.amazon.coral.service#SerializationException", message), error);
    }

    [Theory]
    [InlineData(new byte[] { 0xff, 0xfe }, "Invalid UTF-8 start byte 0xff")]
    [InlineData(new byte[] { 0xc3, 0x28 }, "Invalid UTF-8 middle byte 0x28")]
    [InlineData(new byte[] { 0xed, 0xa0, 0x80 }, "Invalid UTF-8 sequence for code point 0xd800")]
    [InlineData(new byte[] { 0xc0, 0xaf }, "Invalid UTF-8 start byte 0xc0")]
    [InlineData(new byte[] { 0xe2, 0x82 }, "Unexpected end-of-input in UTF-8 sequence")]
    public async Task InvalidUtf8InAMemberIsASerializationException(byte[] bad, string message)
    {
        var body = Encoding.UTF8.GetBytes("""{"nextToken":"a""").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var (status, text, _) = await _server.Client.SendBytesAsync("AWSStepFunctions.ListStateMachines", body);
        Assert.Equal((400, "com.amazon.coral.service#SerializationException", message), ErrorOf(status, text));
    }

    [Fact]
    public async Task InvalidUtf8OutsideStringsIsASerializationException()
    {
        var (status, text, _) = await _server.Client.SendBytesAsync("AWSStepFunctions.ListActivities", [(byte)'{', 0xff, (byte)'}']);
        Assert.Equal((400, "com.amazon.coral.service#SerializationException", "The request body is not valid JSON"), ErrorOf(status, text));
    }

    [Fact]
    public async Task UnpairedSurrogateEscapesInsideJsonTextMembersAreTheMembersErrors()
    {
        var machine = (string)(await _server.Client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = "m", ["definition"] = PassDefinition, ["roleArn"] = Role }))["stateMachineArn"]!;

        var input = await _server.Client.FailAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine, ["input"] = "{\"a\":\"\\ud800\"}" });
        Assert.Equal(("InvalidExecutionInput", "Invalid State Machine Execution Input: 'Unpaired surrogate in escape '\\ud800': JSON text must be valid Unicode'"), (input.Type, input.Message));

        var definition = await _server.Client.FailAsync("CreateStateMachine", new JsonObject { ["name"] = "d", ["definition"] = "{\"StartAt\":\"\\udc00\",\"States\":{}}", ["roleArn"] = Role });
        Assert.Equal("InvalidDefinition", definition.Type);
        Assert.Contains("INVALID_JSON_DESCRIPTION: Unpaired surrogate in escape '\\udc00'", definition.Message);

        var validated = await _server.Client.CallAsync("ValidateStateMachineDefinition", new JsonObject { ["definition"] = "{\"Comment\":\"\\ud83d\"}" });
        Assert.Equal("FAIL", (string?)validated["result"]);
        var diagnostic = validated["diagnostics"]![0]!;
        Assert.Equal("INVALID_JSON_DESCRIPTION", (string?)diagnostic["code"]);
        Assert.Contains("line: 1, column: 12", (string?)diagnostic["location"]);

        var output = await _server.Client.FailAsync("SendTaskSuccess", new JsonObject { ["taskToken"] = "t", ["output"] = "\"\\udfff\"" });
        Assert.Equal("InvalidOutput", output.Type);

        var test = await _server.Client.FailAsync("TestState", new JsonObject { ["definition"] = """{"Type":"Pass","End":true}""", ["roleArn"] = Role, ["input"] = "[\"\\ud800x\"]" });
        Assert.Equal(400, test.Status);
    }

    [Fact]
    public async Task DuplicateMembersInsideJsonTextKeepTheLastAsJacksonDoes()
    {
        var machine = (string)(await _server.Client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = "dup", ["type"] = "EXPRESS", ["definition"] = PassDefinition, ["roleArn"] = Role }))["stateMachineArn"]!;
        var result = await _server.Client.CallAsync("StartSyncExecution", new JsonObject { ["stateMachineArn"] = machine, ["input"] = """{"a":1,"a":2}""" });
        Assert.Equal("""{"a":2}""", (string?)result["output"]);
    }

    /// <summary>Names as JSON string escapes (the attribute holds ASCII; the server decodes the escapes).</summary>
    [Theory]
    [InlineData(@"x\ufffe")]
    [InlineData(@"x\uffff")]
    [InlineData(@"x\ud800")]
    [InlineData(@"\udc00x")]
    [InlineData(@"x\udbff\udfff")]
    [InlineData(@"x\u2028y")]
    [InlineData(@"tab\tname")]
    [InlineData(@"x\u0085")]
    [InlineData(@"a{b")]
    [InlineData(@"a/b")]
    public async Task NamesOutsideAwsRulesAreInvalidName(string escapedName)
    {
        var (status, machine) = await _server.Client.SendRawAsync(
            "AWSStepFunctions.CreateStateMachine",
            $$"""{"name":"{{escapedName}}","definition":{{JsonValue.Create(PassDefinition).ToJsonString()}},"roleArn":"{{Role}}"}""");
        Assert.Equal((400, "com.amazonaws.swf.service.v2.model#InvalidName"), (status, (string)machine["__type"]!));
        Assert.StartsWith("Invalid Name: '", (string)machine["message"]!);

        var (activityStatus, activity) = await _server.Client.SendRawAsync("AWSStepFunctions.CreateActivity", $$"""{"name":"{{escapedName}}"}""");
        Assert.Equal((400, "com.amazonaws.swf.service.v2.model#InvalidName"), (activityStatus, (string)activity["__type"]!));
    }

    [Theory]
    [InlineData("emoji-\ud83d\ude00")]
    [InlineData("caf\u00e9")]
    [InlineData("\u4e2d\u6587")]
    public async Task NamesWithCharactersBeyondAsciiAreAccepted(string name)
    {
        var created = await _server.Client.CallAsync("CreateActivity", new JsonObject { ["name"] = name });
        Assert.EndsWith(":activity:" + name, (string)created["activityArn"]!);
    }

    [Fact]
    public async Task NamesAreMeasuredBeforeTheirCharacters()
    {
        var error = await _server.Client.FailAsync("CreateActivity", new JsonObject { ["name"] = new string('#', 81) });
        Assert.Equal("ValidationException", error.Type);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/2016-11-23/statemachines")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/")]
    [InlineData("POST", "/2016-11-23/statemachines")]
    [InlineData("POST", "/favicon.ico")]
    public async Task OtherMethodsAndPathsAnswerInTheProtocolsShape(string method, string path)
    {
        var (status, text, response) = await _server.Client.SendBytesAsync("AWSStepFunctions.ListStateMachines", "{}"u8.ToArray(), new HttpMethod(method), path);
        var (_, type, message) = ErrorOf(status, text);
        Assert.Equal(method == "POST" ? 404 : 405, status);
        Assert.Equal("com.amazon.coral.service#UnknownOperationException", type);
        Assert.False(string.IsNullOrEmpty(message));
        Assert.Equal("application/x-amz-json-1.0", response.Content.Headers.ContentType?.MediaType);
        if (status == 405)
        {
            Assert.Equal(["POST"], response.Content.Headers.Allow);
        }
    }

    [Fact]
    public async Task OversizedHeadersAnswerInTheProtocolsShape()
    {
        var headers = new Dictionary<string, string> { ["X-Padding"] = new string('a', 40_000) };
        var (status, text, _) = await _server.Client.SendBytesAsync("AWSStepFunctions.ListStateMachines", "{}"u8.ToArray(), headers: headers);
        var error = ErrorOf(status, text);
        Assert.Equal((431, "com.amazon.coral.service#RequestHeaderFieldsTooLargeException"), (error.Status, error.Type));
    }

    [Fact]
    public async Task OversizedBodiesAnswerInTheProtocolsShape()
    {
        var body = Encoding.UTF8.GetBytes("{\"x\":\"" + new string('x', 9 * 1024 * 1024) + "\"}");
        var (status, text, _) = await _server.Client.SendBytesAsync("AWSStepFunctions.ListStateMachines", body);
        var error = ErrorOf(status, text);
        Assert.Equal((413, "com.amazon.coral.service#RequestEntityTooLargeException"), (error.Status, error.Type));
    }

    [Fact]
    public async Task MisplacedMemberShapesAreSerializationExceptions()
    {
        var logging = await _server.Client.FailAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = "logs",
            ["definition"] = PassDefinition,
            ["roleArn"] = Role,
            ["loggingConfiguration"] = new JsonObject { ["level"] = "ALL", ["destinations"] = new JsonArray("x") },
        });
        Assert.Equal("SerializationException", logging.Type);

        var group = await _server.Client.FailAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = "logs",
            ["definition"] = PassDefinition,
            ["roleArn"] = Role,
            ["loggingConfiguration"] = new JsonObject { ["level"] = "ALL", ["destinations"] = new JsonArray(new JsonObject { ["cloudWatchLogsLogGroup"] = new JsonObject { ["logGroupArn"] = 5 } }) },
        });
        Assert.Equal("SerializationException", group.Type);
    }

    [Fact]
    public async Task UntagKeysAreBounded()
    {
        var machine = (string)(await _server.Client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = "tags", ["definition"] = PassDefinition, ["roleArn"] = Role }))["stateMachineArn"]!;
        var error = await _server.Client.FailAsync("UntagResource", new JsonObject { ["resourceArn"] = machine, ["tagKeys"] = new JsonArray("ok", new string('k', 129)) });
        Assert.Equal(("ValidationException", true), (error.Type, error.Message.Contains("'tagKeys.2.member'", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OtherMembersAreBoundedAsAwsModelsThem()
    {
        var encryption = await _server.Client.FailAsync("CreateActivity", new JsonObject { ["name"] = "enc", ["encryptionConfiguration"] = new JsonObject { ["type"] = "CUSTOMER_MANAGED_KMS_KEY", ["kmsDataKeyReusePeriodSeconds"] = 30 } });
        Assert.Equal("1 validation error detected: Value '30' at 'kmsDataKeyReusePeriodSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60", encryption.Message);

        var missingType = await _server.Client.FailAsync("CreateStateMachine", new JsonObject { ["name"] = "enc", ["definition"] = PassDefinition, ["roleArn"] = Role, ["encryptionConfiguration"] = new JsonObject() });
        Assert.Equal("ValidationException", missingType.Type);

        var machine = (string)(await _server.Client.CallAsync("CreateStateMachine", new JsonObject { ["name"] = "bounded", ["definition"] = PassDefinition, ["roleArn"] = Role }))["stateMachineArn"]!;
        var trace = await _server.Client.FailAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine, ["traceHeader"] = "caf\u00e9" });
        Assert.Equal("ValidationException", trace.Type);

        var token = await _server.Client.FailAsync("RedriveExecution", new JsonObject { ["executionArn"] = machine.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":e", ["clientToken"] = "has space" });
        Assert.Equal("1 validation error detected: Value 'has space' at 'clientToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [!-~]+", token.Message);
    }

    private static (int Status, string Type, string Message) ErrorOf(int status, string text)
    {
        var body = JsonNode.Parse(text)!.AsObject();
        return (status, (string)body["__type"]!, (string)body["message"]!);
    }
}
