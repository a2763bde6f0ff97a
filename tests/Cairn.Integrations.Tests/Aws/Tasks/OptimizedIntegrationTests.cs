using Cairn.Engine.Tasks;
using Cairn.Integrations.Tests.Aws.Moto;
using Cairn.Json;
using Cairn.TestSupport;
using static Cairn.Integrations.Tests.Aws.Tasks.TaskCalls;

namespace Cairn.Integrations.Tests.Aws.Tasks;

/// <summary>The optimized integrations against moto: AWS's output shapes, error names and causes, callbacks.</summary>
public sealed class OptimizedIntegrationTests
{
    private static readonly string Account = MotoServer.Shared.AccountId;

    [Fact]
    public async Task SqsSendMessageWithAQueueUrlWrittenForAws()
    {
        var client = MotoClients.Client();
        var name = MotoServer.UniqueName("q");
        await client.CallAsync("sqs", "CreateQueue", $$$$"""{"QueueName":"{{{{name}}}}"}""");
        var awsUrl = $"https://sqs.us-east-1.amazonaws.com/{Account}/{name}";

        var output = Succeeded(await InvokeAsync("arn:aws:states:::sqs:sendMessage", $$$$"""{"QueueUrl":"{{{{awsUrl}}}}","MessageBody":{"order":1}}"""));

        Assert.Equal(["MD5OfMessageBody", "MessageId", "SdkHttpMetadata", "SdkResponseMetadata"], output.Keys.Order(StringComparer.Ordinal));
        var metadata = (JObject)output["SdkHttpMetadata"]!;
        Assert.Equal(200, ((JNumber)metadata["HttpStatusCode"]!).IntegerValue);
        Assert.IsType<JArray>(((JObject)metadata["AllHttpHeaders"]!)["Content-Type"]);
        var requestIdHeader = ((JObject)metadata["HttpHeaders"]!).Single(h => h.Key.Equals("x-amzn-RequestId", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Text(((JObject)output["SdkResponseMetadata"]!)["RequestId"]), Text(requestIdHeader.Value));
        var received = await client.CallAsync("sqs", "ReceiveMessage", $$$$"""{"QueueUrl":"{{{{awsUrl}}}}"}""");
        Assert.Equal("""{"order":1}""", Text(((JObject)((JArray)received["Messages"]!)[0])["Body"]));
    }

    [Fact]
    public async Task SqsMissingQueueIsNamedAsAwsNamesIt()
    {
        var failed = Failed(await InvokeAsync("arn:aws:states:::sqs:sendMessage", $$$$"""{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/{{{{Account}}}}/no-such-queue","MessageBody":"m"}"""));
        Assert.Equal("SQS.QueueDoesNotExistException", failed.Error);
        Assert.Matches(@"^.+ \(Service: AmazonSQS; Status Code: 400; Error Code: AWS\.SimpleQueueService\.NonExistentQueue; Request ID: [^;]+; Proxy: null\)$", failed.Cause);
    }

    [Fact]
    public async Task SqsQueueUrlOfAnotherHostIsWhereTheCallGoes()
    {
        // The AWS SDK for Java 1.x sends SQS calls to the queue URL's host, so a queue URL whose
        // host does not resolve fails as it does on AWS.
        var failed = Failed(await InvokeAsync("arn:aws:states:::sqs:sendMessage", """{"QueueUrl":"http://no-such-queue-cairn.invalid","MessageBody":"m"}"""));
        Assert.Equal("SQS.SdkClientException", failed.Error);
        Assert.Equal("Unable to execute HTTP request: no-such-queue-cairn.invalid: Name or service not known", failed.Cause);
    }

    [Fact]
    public async Task SqsWaitForTaskTokenDeliversTheTokenAndIsNotSentTwice()
    {
        var client = MotoClients.Client();
        var name = MotoServer.UniqueName("q");
        var url = Text((await client.CallAsync("sqs", "CreateQueue", $$$$"""{"QueueName":"{{{{name}}}}"}"""))["QueueUrl"]);
        var context = new RecordingContext();

        var result = await InvokeAsync("arn:aws:states:::sqs:sendMessage.waitForTaskToken", $$$$"""{"QueueUrl":"{{{{url}}}}","MessageBody":{"TaskToken":"token-1"}}""", context);
        var submitted = Assert.IsType<TaskResult.Submitted>(result);
        Assert.NotNull(((JObject)submitted.Output)["MessageId"]);

        // Invoked again after a restart: the request is not sent again.
        var again = await InvokeAsync("arn:aws:states:::sqs:sendMessage.waitForTaskToken", $$$$"""{"QueueUrl":"{{{{url}}}}","MessageBody":{"TaskToken":"token-1"}}""", new RecordingContext(submitted.Output));
        Assert.Equal(submitted.Output, Assert.IsType<TaskResult.Submitted>(again).Output);
        var received = await client.CallAsync("sqs", "ReceiveMessage", $$$$"""{"QueueUrl":"{{{{url}}}}","MaxNumberOfMessages":10}""");
        var message = Assert.Single((JArray)received["Messages"]!);
        Assert.Equal("""{"TaskToken":"token-1"}""", Text(((JObject)message)["Body"]));
    }

    [Fact]
    public async Task SnsPublishAndMissingTopic()
    {
        var client = MotoClients.Client();
        var topic = Text((await client.CallAsync("sns", "CreateTopic", $$$$"""{"Name":"{{{{MotoServer.UniqueName("t")}}}}"}"""))["TopicArn"]);
        var output = Succeeded(await InvokeAsync("arn:aws:states:::sns:publish", $$$$"""{"TopicArn":"{{{{topic}}}}","Message":{"a":1},"MessageAttributes":{"k":{"DataType":"String","StringValue":"v"}}}"""));
        Assert.NotNull(output["MessageId"]);
        Assert.Equal(200, ((JNumber)((JObject)output["SdkHttpMetadata"]!)["HttpStatusCode"]!).IntegerValue);

        var failed = Failed(await InvokeAsync("arn:aws:states:::sns:publish", $$$$"""{"TopicArn":"arn:aws:sns:us-east-1:{{{{Account}}}}:no-such-topic","Message":"m"}"""));
        Assert.Equal("SNS.NotFoundException", failed.Error);
        Assert.Matches(@"^.+ \(Service: AmazonSNS; Status Code: 404; Error Code: NotFound; Request ID: [^;]+; Proxy: null\)$", failed.Cause);
    }

    [Fact]
    public async Task DynamoDbItemLifecycleAndMissingTable()
    {
        var client = MotoClients.Client();
        var table = MotoServer.UniqueName("tbl");
        await client.CallAsync("dynamodb", "CreateTable", $$$$"""{"TableName":"{{{{table}}}}","KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],"BillingMode":"PAY_PER_REQUEST"}""");

        var put = Succeeded(await InvokeAsync("arn:aws:states:::dynamodb:putItem", $$$$"""{"TableName":"{{{{table}}}}","Item":{"id":{"S":"1"},"data":{"S":"a"}}}"""));
        Assert.Equal(["SdkHttpMetadata", "SdkResponseMetadata"], put.Keys.Order(StringComparer.Ordinal));
        var updated = Succeeded(await InvokeAsync("arn:aws:states:::dynamodb:updateItem", $$$$"""{"TableName":"{{{{table}}}}","Key":{"id":{"S":"1"}},"UpdateExpression":"set #d=:v","ExpressionAttributeNames":{"#d":"data"},"ExpressionAttributeValues":{":v":{"S":"b"}},"ReturnValues":"UPDATED_NEW"}"""));
        Assert.Equal("""{"data":{"S":"b"}}""", updated["Attributes"]!.ToJson());
        var got = Succeeded(await InvokeAsync("arn:aws:states:::dynamodb:getItem", $$$$"""{"TableName":"{{{{table}}}}","Key":{"id":{"S":"1"}}}"""));
        Assert.Equal("b", Text(((JObject)((JObject)got["Item"]!)["data"]!)["S"]));
        Succeeded(await InvokeAsync("arn:aws:states:::dynamodb:deleteItem", $$$$"""{"TableName":"{{{{table}}}}","Key":{"id":{"S":"1"}}}"""));
        var gone = Succeeded(await InvokeAsync("arn:aws:states:::dynamodb:getItem", $$$$"""{"TableName":"{{{{table}}}}","Key":{"id":{"S":"1"}}}"""));
        Assert.Null(gone["Item"]);

        var failed = Failed(await InvokeAsync("arn:aws:states:::dynamodb:putItem", """{"TableName":"no-such-table","Item":{"id":{"S":"1"}}}"""));
        Assert.Equal("DynamoDB.ResourceNotFoundException", failed.Error);
        Assert.Matches(@"\(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ResourceNotFoundException; Request ID: [^;]+; Proxy: null\)$", failed.Cause);
    }

    [Fact]
    public async Task EventBridgePutEvents()
    {
        var output = Succeeded(await InvokeAsync("arn:aws:states:::events:putEvents", """{"Entries":[{"Source":"cairn.test","DetailType":"t","Detail":"{\"a\":1}"}]}"""));
        Assert.Equal(0, ((JNumber)output["FailedEntryCount"]!).IntegerValue);
        Assert.Single((JArray)output["Entries"]!);
    }

    [Fact]
    public async Task EventBridgePutEventsAppendsTheStateMachineAndTheExecutionToEachEntrysResources()
    {
        var client = MotoClients.Client();
        var name = MotoServer.UniqueName("events");
        var queueUrl = Text((await client.CallAsync("sqs", "CreateQueue", $$$$"""{"QueueName":"{{{{name}}}}"}"""))["QueueUrl"]);
        await client.CallAsync("events", "PutRule", $$$$"""{"Name":"{{{{name}}}}","EventPattern":"{\"detail-type\":[\"{{{{name}}}}\"]}"}""");
        await client.CallAsync("events", "PutTargets", $$$$"""{"Rule":"{{{{name}}}}","Targets":[{"Id":"q","Arn":"arn:aws:sqs:us-east-1:{{{{Account}}}}:{{{{name}}}}"}]}""");

        Succeeded(await InvokeAsync("arn:aws:states:::events:putEvents", $$$$"""
            {"Entries":[{"Source":"cairn.test","DetailType":"{{{{name}}}}","Detail":"{\"n\":1}"},
                        {"Source":"cairn.test","DetailType":"{{{{name}}}}","Detail":"{\"n\":2}","Resources":["arn:aws:s3:::own"]}]}
            """));

        var resources = new Dictionary<long, string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (resources.Count < 2 && DateTime.UtcNow < deadline)
        {
            var received = await client.CallAsync("sqs", "ReceiveMessage", $$$$"""{"QueueUrl":"{{{{queueUrl}}}}","MaxNumberOfMessages":10,"WaitTimeSeconds":1}""");
            foreach (var message in (received["Messages"] as JArray ?? JArray.Empty).OfType<JObject>())
            {
                var body = (JObject)JValue.Parse(Text(message["Body"]));
                resources[((JNumber)((JObject)body["detail"]!)["n"]!).IntegerValue] = body["resources"]!.ToJson();
            }
        }

        const string Machine = "\"arn:aws:states:us-east-1:123456789012:stateMachine:Machine\"";
        const string Execution = "\"arn:aws:states:us-east-1:123456789012:execution:Machine:e\"";
        Assert.Equal($"[{Machine},{Execution}]", resources[1]);
        Assert.Equal($"[\"arn:aws:s3:::own\",{Machine},{Execution}]", resources[2]);
    }

    [Fact]
    public async Task UnknownOptimizedActionsAndParametersAreRefused()
    {
        var unknown = Failed(await InvokeAsync("arn:aws:states:::sqs:deleteQueue", "{}"));
        Assert.Equal("States.Runtime", unknown.Error);
        Assert.Contains("is not recognized", unknown.Cause);
        var field = Failed(await InvokeAsync("arn:aws:states:::sqs:sendMessage", """{"QueueUrl":"q","MessageBody":"m","Bogus":1}"""));
        Assert.Equal("States.Runtime", field.Error);
        Assert.Equal("The field \"Bogus\" is not supported by Step Functions", field.Cause);
    }
}
