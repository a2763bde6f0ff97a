using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Json;
using Cairn.TestSupport;
using static Cairn.Integrations.Tests.Aws.Tasks.TaskCalls;

namespace Cairn.Integrations.Tests.Aws.Faults;

/// <summary>
/// Invalid parameters against moto, as Step Functions treats them: what the service checks (a
/// value outside the enum, a constraint, a missing required member) is the service's error
/// with AWS's name and cause, retried and caught like any error; what cannot be made into the
/// API's request (a field no member has, a value of the wrong JSON type) is <c>States.Runtime</c>,
/// which States.ALL does not catch.
/// </summary>
public sealed class InvalidParameterTests
{
    private const string RequestIdPattern = "Request ID: [^;,)]+";

    [Fact]
    public async Task AnInvalidEnumValueIsTheServicesError()
    {
        var table = await TableAsync();
        var sdk = Failed(await InvokeAsync("arn:aws:states:::aws-sdk:dynamodb:putItem", $$$$"""{"TableName":"{{{{table}}}}","Item":{"id":{"S":"1"}},"ReturnValues":"SOMETIMES"}"""));
        Assert.StartsWith("DynamoDb.", sdk.Error, StringComparison.Ordinal);
        Assert.EndsWith("Exception", sdk.Error, StringComparison.Ordinal);
        Assert.Matches($@"^.+ \(Service: DynamoDb, Status Code: 400, {RequestIdPattern}\)$", sdk.Cause);

        var optimized = Failed(await InvokeAsync("arn:aws:states:::dynamodb:putItem", $$$$"""{"TableName":"{{{{table}}}}","Item":{"id":{"S":"1"}},"ReturnValues":"SOMETIMES"}"""));
        Assert.StartsWith("DynamoDB.", optimized.Error, StringComparison.Ordinal);
        Assert.Matches($@"\(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: \w+; {RequestIdPattern}; Proxy: null\)$", optimized.Cause);
    }

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:sqs:sendMessage", "aws-sdk")]
    [InlineData("arn:aws:states:::sqs:sendMessage", "optimized")]
    public async Task AnUnknownMemberIsARuntimeErrorNamingIt(string resource, string kind)
    {
        var queue = await QueueAsync();
        var failed = Failed(await InvokeAsync(resource, $$$$"""{"QueueUrl":"{{{{queue}}}}","MessageBody":"m","Colour":"red"}"""));
        Assert.True(failed.Error == "States.Runtime", kind);
        Assert.Equal("The field \"Colour\" is not supported by Step Functions", failed.Cause);

        var nested = Failed(await InvokeAsync(resource, $$$$"""{"QueueUrl":"{{{{queue}}}}","MessageBody":"m","MessageAttributes":{"a":{"DataType":"String","StringValue":"v","Shade":"x"}}}"""));
        Assert.Equal("States.Runtime", nested.Error);
        Assert.Equal("The field \"Shade\" is not supported by Step Functions", nested.Cause);
    }

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:sqs:receiveMessage", """{"QueueUrl":"QUEUE","MaxNumberOfMessages":"ten"}""", "The value of 'ReceiveMessage.MaxNumberOfMessages' must be a number, not \"ten\"")]
    [InlineData("arn:aws:states:::aws-sdk:sqs:receiveMessage", """{"QueueUrl":"QUEUE","MessageAttributeNames":"all"}""", "The value of the field 'MessageAttributeNames' must be an array, not \"all\"")]
    [InlineData("arn:aws:states:::aws-sdk:dynamodb:getItem", """{"TableName":"t","Key":"id"}""", "The value of the field 'Key' must be an object, not \"id\"")]
    [InlineData("arn:aws:states:::aws-sdk:sns:listSubscriptionsByTopic", """{"TopicArn":"arn:aws:sns:us-east-1:123456789012:t","NextToken":{"a":1}}""", null)]
    [InlineData("arn:aws:states:::aws-sdk:ec2:describeInstances", """{"MaxResults":"many"}""", "The value of 'DescribeInstances.MaxResults' must be a number, not \"many\"")]
    [InlineData("arn:aws:states:::aws-sdk:s3:listObjectsV2", """{"Bucket":"b","MaxKeys":true}""", "The value of 'ListObjectsV2.MaxKeys' must be a number, not true")]
    [InlineData("arn:aws:states:::aws-sdk:sns:createTopic", """{"Name":"t","Attributes":{"FifoTopic":"true"},"Tags":[{"Key":"k","Value":"v"}],"DataProtectionPolicy":{"p":1}}""", null)]
    public async Task AValueOfTheWrongTypeIsARuntimeErrorOrJsonTextForStrings(string resource, string parameters, string? cause)
    {
        var queue = await QueueAsync();
        var result = await InvokeAsync(resource, parameters.Replace("QUEUE", queue, StringComparison.Ordinal));
        if (cause is null)
        {
            // A string member given another JSON value gets it as JSON text: the call is made.
            Assert.False(result is Engine.Tasks.TaskResult.Failed { Error: "States.Runtime" }, result.ToString());
            return;
        }

        var failed = Failed(result);
        Assert.Equal("States.Runtime", failed.Error);
        Assert.Equal(cause, failed.Cause);
    }

    [Fact]
    public async Task ServiceErrorsAreRetriedAndCaughtWhileRuntimeErrorsFailTheExecution()
    {
        var table = await TableAsync();
        var definition = $$$$"""
            {"StartAt":"Put","States":{
              "Put":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:dynamodb:putItem","Parameters":{"TableName":"{{{{table}}}}","Item.$":"$.item","ReturnValues.$":"$.returnValues"},
                "Retry":[{"ErrorEquals":["DynamoDb.DynamoDbException"],"MaxAttempts":2,"IntervalSeconds":1}],
                "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
              "Caught":{"Type":"Pass","End":true}}}
            """;
        var machine = StateMachineCompiler.TryCompile(definition, ValidationOptions.Standard, out var diagnostics) ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
        var tasks = new TaskRouter(NoTaskHandler.Instance, aws: Handler());

        var caught = await LocalExecution.RunAsync(machine, JValue.Parse("""{"item":{"id":{"S":"1"}},"returnValues":"SOMETIMES"}"""), tasks, new LocalExecutionOptions { TimeScale = 0 });
        Assert.Equal(ExecutionStatus.SUCCEEDED, caught.Status);
        Assert.Equal(3, caught.History.Count(e => e.Type == Engine.History.HistoryEventType.TaskFailed));
        Assert.Equal("DynamoDb.DynamoDbException", ((JString)((JObject)caught.Output!)["Error"]!).Value);

        var failed = await LocalExecution.RunAsync(machine, JValue.Parse("""{"item":{"id":{"S":"1"},"extra":{"Q":"not a type"}},"returnValues":"NONE"}"""), tasks, new LocalExecutionOptions { TimeScale = 0 });
        Assert.Equal(ExecutionStatus.FAILED, failed.Status);
        Assert.Equal("States.Runtime", failed.Error);
        Assert.Equal("The field \"Q\" is not supported by Step Functions", failed.Cause);
        Assert.Equal(1, failed.History.Count(e => e.Type == Engine.History.HistoryEventType.TaskFailed));
    }

    private static async Task<string> TableAsync()
    {
        var table = MotoServer.UniqueName("bad");
        Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:dynamodb:createTable", $$$$"""{"TableName":"{{{{table}}}}","KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],"BillingMode":"PAY_PER_REQUEST"}"""));
        return table;
    }

    private static async Task<string> QueueAsync() =>
        Text(Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:sqs:createQueue", $$$$"""{"QueueName":"{{{{MotoServer.UniqueName("bad")}}}}"}"""))["QueueUrl"]);
}
