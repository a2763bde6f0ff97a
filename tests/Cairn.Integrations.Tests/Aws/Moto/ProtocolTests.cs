using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Integrations.Tests.Aws.Moto;

/// <summary>Calls across the protocols against moto: json (SQS, DynamoDB), query (SNS, STS), rest-xml (S3), rest-json (Lambda), ec2.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public async Task Json10SqsRoundTrip()
    {
        var client = MotoClients.Client();
        var name = MotoServer.UniqueName("q");
        var created = await client.CallAsync("sqs", "CreateQueue", $$$$"""{"QueueName":"{{{{name}}}}","Attributes":{"VisibilityTimeout":"5"}}""");
        var url = ((JString)created["QueueUrl"]!).Value;
        var sent = await client.CallAsync("sqs", "SendMessage", $$$$"""{"QueueUrl":"{{{{url}}}}","MessageBody":"héllo","MessageAttributes":{"a":{"DataType":"String","StringValue":"v"}}}""");
        Assert.Equal(Md5("héllo"), ((JString)sent["MD5OfMessageBody"]!).Value);
        var received = await client.CallAsync("sqs", "ReceiveMessage", $$$$"""{"QueueUrl":"{{{{url}}}}","MessageAttributeNames":["All"],"MaxNumberOfMessages":1}""");
        var message = (JObject)((JArray)received["Messages"]!)[0];
        Assert.Equal("héllo", ((JString)message["Body"]!).Value);
        Assert.Equal("v", ((JString)((JObject)((JObject)message["MessageAttributes"]!)["a"]!)["StringValue"]!).Value);
    }

    [Fact]
    public async Task Json10ErrorsCarryTheModelledCode()
    {
        var client = MotoClients.Client();
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("dynamodb", "GetItem", """{"TableName":"no-such-table","Key":{"id":{"S":"1"}}}"""));
        Assert.Equal("ResourceNotFoundException", error.Code);
        Assert.Equal(400, error.Status);
        Assert.NotNull(error.Shape);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public async Task QueryProtocolSnsWithListsAndMaps()
    {
        var client = MotoClients.Client();
        var topicName = MotoServer.UniqueName("t");
        var topic = await client.CallAsync("sns", "CreateTopic", $$$$"""{"Name":"{{{{topicName}}}}","Attributes":{"DisplayName":"d"},"Tags":[{"Key":"k","Value":"v"}]}""");
        var arn = ((JString)topic["TopicArn"]!).Value;
        var attributes = await client.CallAsync("sns", "GetTopicAttributes", $$$$"""{"TopicArn":"{{{{arn}}}}"}""");
        Assert.Equal("d", ((JString)((JObject)attributes["Attributes"]!)["DisplayName"]!).Value);
        var tags = await client.CallAsync("sns", "ListTagsForResource", $$$$"""{"ResourceArn":"{{{{arn}}}}"}""");
        Assert.Equal("""[{"Key":"k","Value":"v"}]""", tags["Tags"]!.ToJson());
        var published = await client.CallAsync("sns", "Publish", $$$$"""{"TopicArn":"{{{{arn}}}}","Message":"m","MessageAttributes":{"x":{"DataType":"Number","StringValue":"1"}}}""");
        Assert.NotNull(published["MessageId"]);
    }

    [Fact]
    public async Task QueryProtocolErrorsAreParsed()
    {
        var client = MotoClients.Client();
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("sns", "Publish", """{"TopicArn":"arn:aws:sns:us-east-1:123456789012:no-such-topic","Message":"m"}"""));
        Assert.Equal("NotFound", error.Code);
        Assert.Equal(404, error.Status);
        Assert.Equal("NotFoundException", error.Shape?.Name);
    }

    [Fact]
    public async Task StsGetCallerIdentity()
    {
        var identity = await MotoClients.Client().CallAsync("sts", "GetCallerIdentity");
        Assert.Equal("123456789012", ((JString)identity["Account"]!).Value);
    }

    [Fact]
    public async Task RestXmlS3ObjectsHeadersAndErrors()
    {
        var client = MotoClients.Client();
        var bucket = MotoServer.UniqueName("b").ToLowerInvariant();
        await client.CallAsync("s3", "CreateBucket", $$$$"""{"Bucket":"{{{{bucket}}}}"}""");
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("hello world"));
        var put = await client.CallAsync("s3", "PutObject", $$$$"""{"Bucket":"{{{{bucket}}}}","Key":"a dir/k+1.txt","Body":"{{{{body}}}}","ContentType":"text/plain","Metadata":{"owner":"me"}}""");
        Assert.NotNull(put["ETag"]);
        var got = await client.CallAsync("s3", "GetObject", $$$$"""{"Bucket":"{{{{bucket}}}}","Key":"a dir/k+1.txt"}""");
        Assert.Equal(body, ((JString)got["Body"]!).Value);
        Assert.Equal(11, ((JNumber)got["ContentLength"]!).IntegerValue);
        Assert.Equal("me", ((JString)((JObject)got["Metadata"]!)["owner"]!).Value);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", ((JString)got["LastModified"]!).Value);
        var listed = await client.CallAsync("s3", "ListObjectsV2", $$$$"""{"Bucket":"{{{{bucket}}}}","Prefix":"a dir/"}""");
        Assert.Equal("a dir/k+1.txt", ((JString)((JObject)((JArray)listed["Contents"]!)[0])["Key"]!).Value);
        await client.CallAsync("s3", "DeleteObjects", $$$$"""{"Bucket":"{{{{bucket}}}}","Delete":{"Objects":[{"Key":"a dir/k+1.txt"}]}}""");
        var missing = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("s3", "GetObject", $$$$"""{"Bucket":"{{{{bucket}}}}","Key":"a dir/k+1.txt"}"""));
        Assert.Equal("NoSuchKey", missing.Code);
        var noBucket = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("s3", "ListObjectsV2", """{"Bucket":"no-such-bucket-cairn"}"""));
        Assert.Equal("NoSuchBucket", noBucket.Code);
    }

    [Fact]
    public async Task RestJsonBindsPathQueryAndBody()
    {
        var client = MotoClients.Client();
        var name = MotoServer.UniqueName("s");
        var secret = await client.CallAsync("secretsmanager", "CreateSecret", $$$$"""{"Name":"{{{{name}}}}","SecretString":"s3cr3t"}""");
        Assert.NotNull(secret["ARN"]);
        var logs = await client.CallAsync("apigateway", "CreateRestApi", $$$$"""{"name":"{{{{name}}}}"}""");
        var id = ((JString)logs["Id"]!).Value;
        var resources = await client.CallAsync("apigateway", "GetResources", $$$$"""{"restApiId":"{{{{id}}}}","limit":10}""");
        Assert.Equal("/", ((JString)((JObject)((JArray)resources["Items"]!)[0])["Path"]!).Value);
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("apigateway", "GetRestApi", """{"restApiId":"nope"}"""));
        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Ec2Protocol()
    {
        var client = MotoClients.Client();
        var vpc = await client.CallAsync("ec2", "CreateVpc", """{"CidrBlock":"10.42.0.0/16","TagSpecifications":[{"ResourceType":"vpc","Tags":[{"Key":"Name","Value":"cairn"}]}]}""");
        var vpcId = ((JString)((JObject)vpc["Vpc"]!)["VpcId"]!).Value;
        var described = await client.CallAsync("ec2", "DescribeVpcs", $$$$"""{"VpcIds":["{{{{vpcId}}}}"]}""");
        var first = (JObject)((JArray)described["Vpcs"]!)[0];
        Assert.Equal("10.42.0.0/16", ((JString)first["CidrBlock"]!).Value);
        Assert.Equal("""[{"Key":"Name","Value":"cairn"}]""", first["Tags"]!.ToJson());
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.CallAsync("ec2", "DescribeVpcs", """{"VpcIds":["vpc-00000000"]}"""));
        Assert.Equal("InvalidVpcID.NotFound", error.Code);
    }

    // SQS's message digest, not a security measure.
#pragma warning disable CA5351
    private static string Md5(string text) => Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}
