using Cairn.Engine.Tasks;
using Cairn.Integrations.Tests.Aws.Moto;
using Cairn.Json;
using Cairn.TestSupport;
using static Cairn.Integrations.Tests.Aws.Tasks.TaskCalls;

namespace Cairn.Integrations.Tests.Aws.Tasks;

/// <summary><c>arn:aws:states:::aws-sdk:*</c> against moto, across protocols.</summary>
public sealed class SdkIntegrationTests
{
    [Fact]
    public async Task S3PutAndGetObjectThroughRestXml()
    {
        var bucket = MotoServer.UniqueName("b").ToLowerInvariant();
        Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:s3:createBucket", $$$$"""{"Bucket":"{{{{bucket}}}}"}"""));
        var put = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:s3:putObject", $$$$"""{"Bucket":"{{{{bucket}}}}","Key":"k","Body":{"Dict":"Value"}}"""));
        Assert.NotNull(put["ETag"]);
        Assert.Null(put["SdkHttpMetadata"]);
        var got = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:s3:getObject", $$$$"""{"Bucket":"{{{{bucket}}}}","Key":"k"}"""));
        Assert.Equal("""{"Dict":"Value"}""", Text(got["Body"]));
        Assert.Equal(16, ((JNumber)got["ContentLength"]!).IntegerValue);

        var noKey = Failed(await InvokeAsync("arn:aws:states:::aws-sdk:s3:getObject", $$$$"""{"Bucket":"{{{{bucket}}}}","Key":"missing"}"""));
        Assert.Equal("S3.NoSuchKeyException", noKey.Error);
        Assert.Matches(@"^.+ \(Service: S3, Status Code: 404, Request ID: [^,]+(, Extended Request ID: .+)?\)$", noKey.Cause);
        var noBucket = Failed(await InvokeAsync("arn:aws:states:::aws-sdk:s3:listObjectsV2", """{"Bucket":"no-such-bucket-cairn"}"""));
        Assert.Equal("S3.NoSuchBucketException", noBucket.Error);
    }

    [Fact]
    public async Task DynamoDbThroughJson()
    {
        var table = MotoServer.UniqueName("tbl");
        Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:dynamodb:createTable", $$$$"""{"TableName":"{{{{table}}}}","KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],"BillingMode":"PAY_PER_REQUEST"}"""));
        var put = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:dynamodb:putItem", $$$$"""{"TableName":"{{{{table}}}}","Item":{"id":{"S":"1"}}}"""));
        Assert.Equal("{}", put.ToJson());
        var described = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:dynamodb:describeTable", $$$$"""{"TableName":"{{{{table}}}}"}"""));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", Text(((JObject)described["Table"]!)["CreationDateTime"]));

        var missing = Failed(await InvokeAsync("arn:aws:states:::aws-sdk:dynamodb:putItem", """{"TableName":"no-such-table","Item":{"id":{"S":"1"}}}"""));
        Assert.Equal("DynamoDb.ResourceNotFoundException", missing.Error);
        Assert.Matches(@"^.+ \(Service: DynamoDb, Status Code: 400, Request ID: .+\)$", missing.Cause);
    }

    [Fact]
    public async Task SecretsManagerAndSqsThroughJson()
    {
        var name = MotoServer.UniqueName("s");
        Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:secretsmanager:createSecret", $$$$"""{"Name":"{{{{name}}}}","SecretString":"v"}"""));
        var secret = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", $$$$"""{"SecretId":"{{{{name}}}}"}"""));
        Assert.Equal("v", Text(secret["SecretString"]));
        var missing = Failed(await InvokeAsync("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", """{"SecretId":"no-such-secret"}"""));
        Assert.Equal("SecretsManager.ResourceNotFoundException", missing.Error);

        var queue = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:sqs:createQueue", $$$$"""{"QueueName":"{{{{name}}}}"}"""));
        var sent = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:sqs:sendMessage", $$$$"""{"QueueUrl":"{{{{Text(queue["QueueUrl"])}}}}","MessageBody":"m"}"""));
        Assert.Equal(["MD5OfMessageBody", "MessageId"], sent.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SnsAndStsThroughQuery()
    {
        var topics = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:sns:createTopic", $$$$"""{"Name":"{{{{MotoServer.UniqueName("t")}}}}"}"""));
        Assert.StartsWith("arn:aws:sns:us-east-1:", Text(topics["TopicArn"]));
        var identity = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:sts:getCallerIdentity", "{}"));
        Assert.Equal(MotoServer.Shared.AccountId, Text(identity["Account"]));
        var missing = Failed(await InvokeAsync("arn:aws:states:::aws-sdk:sns:publish", $$$$"""{"TopicArn":"arn:aws:sns:us-east-1:{{{{MotoServer.Shared.AccountId}}}}:none","Message":"m"}"""));
        Assert.Equal("Sns.NotFoundException", missing.Error);
    }

    [Fact]
    public async Task ApiGatewayThroughRestJsonWithPascalCaseParameters()
    {
        var api = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:apigateway:createRestApi", $$$$"""{"Name":"{{{{MotoServer.UniqueName("api")}}}}"}"""));
        var resources = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:apigateway:getResources", $$$$"""{"RestApiId":"{{{{Text(api["Id"])}}}}"}"""));
        Assert.Equal("/", Text(((JObject)((JArray)resources["Items"]!)[0])["Path"]));
    }

    [Fact]
    public async Task Ec2ThroughTheEc2Protocol()
    {
        var regions = Succeeded(await InvokeAsync("arn:aws:states:::aws-sdk:ec2:describeRegions", "{}"));
        Assert.Contains(((JArray)regions["Regions"]!).OfType<JObject>(), r => Text(r["RegionName"]) == "us-east-1");
    }

    [Fact]
    public async Task WaitForTaskTokenSubmitsTheAnswer()
    {
        var result = await InvokeAsync("arn:aws:states:::aws-sdk:sts:getCallerIdentity.waitForTaskToken", "{}", new RecordingContext());
        Assert.NotNull(((JObject)Assert.IsType<TaskResult.Submitted>(result).Output)["Account"]);
    }

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:nosuchservice:doThing")]
    [InlineData("arn:aws:states:::aws-sdk:sqs:noSuchAction")]
    [InlineData("arn:aws:states:::aws-sdk:sqs:sendMessage.sync")]
    public async Task UnknownServicesAndActionsFailAsAwsReportsThem(string resource)
    {
        var failed = Failed(await InvokeAsync(resource, "{}"));
        Assert.Equal("States.Runtime", failed.Error);
        Assert.Equal($"The resource provided {resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.", failed.Cause);
    }

    [Fact]
    public async Task InvalidParametersFailTheTaskWithoutACall()
    {
        var unknown = Failed(await InvokeAsync("arn:aws:states:::aws-sdk:sqs:getQueueUrl", """{"QueueName":"q","Nope":true}"""));
        Assert.Equal("The field \"Nope\" is not supported by Step Functions", unknown.Cause);
        var wrongType = Failed(await InvokeAsync("arn:aws:states:::aws-sdk:sqs:receiveMessage", """{"QueueUrl":"q","MaxNumberOfMessages":"many"}"""));
        Assert.Equal("States.Runtime", wrongType.Error);
        Assert.Contains("MaxNumberOfMessages", wrongType.Cause);
    }
}
