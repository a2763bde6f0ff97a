using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Models;

namespace Cairn.Integrations.Tests.Aws.Endpoints;

/// <summary>Where calls go: configured, Step Functions Local's variables, the SDKs' variables, then AWS.</summary>
public sealed class EndpointTests
{
    private static readonly ServiceModel Sqs = ServiceModels.Embedded.Find("sqs")!;
    private static readonly ServiceModel Sfn = ServiceModels.Embedded.Find("sfn")!;

    [Fact]
    public void TheOrderOfPrecedence()
    {
        var environment = new Dictionary<string, string>
        {
            ["SQS_ENDPOINT"] = "http://sfn-local:1",
            ["AWS_ENDPOINT_URL_SQS"] = "http://sdk-sqs:2",
            ["AWS_ENDPOINT_URL"] = "http://sdk-all:3",
            ["AWS_ENDPOINT_URL_SECRETS_MANAGER"] = "http://sdk-secrets:4",
        };
        var configured = new AwsEndpoints(new Dictionary<string, Uri> { ["sqs"] = new("http://flag:9") }, environment.GetValueOrDefault);
        Assert.Equal(new ResolvedEndpoint(new Uri("http://flag:9"), "--endpoint", true), configured.Resolve(Sqs, "us-east-1"));

        var fromEnvironment = new AwsEndpoints(null, environment.GetValueOrDefault);
        Assert.Equal(("http://sfn-local:1/", "SQS_ENDPOINT"), Of(fromEnvironment.Resolve(Sqs, "us-east-1")));
        environment.Remove("SQS_ENDPOINT");
        Assert.Equal(("http://sdk-sqs:2/", "AWS_ENDPOINT_URL_SQS"), Of(fromEnvironment.Resolve(Sqs, "us-east-1")));
        Assert.Equal(("http://sdk-secrets:4/", "AWS_ENDPOINT_URL_SECRETS_MANAGER"), Of(fromEnvironment.Resolve(ServiceModels.Embedded.Find("secretsmanager")!, "us-east-1")));
        environment.Remove("AWS_ENDPOINT_URL_SQS");
        Assert.Equal(("http://sdk-all:3/", "AWS_ENDPOINT_URL"), Of(fromEnvironment.Resolve(Sqs, "us-east-1")));
        environment.Remove("AWS_ENDPOINT_URL");
        Assert.Equal(("https://sqs.eu-west-1.amazonaws.com/", "AWS"), Of(fromEnvironment.Resolve(Sqs, "eu-west-1")));
        Assert.Equal(("https://states.cn-north-1.amazonaws.com.cn/", "AWS"), Of(fromEnvironment.Resolve(Sfn, "cn-north-1")));
        Assert.Equal(("https://iam.amazonaws.com/", "AWS"), Of(fromEnvironment.Resolve(ServiceModels.Embedded.Find("iam")!, "eu-west-1")));
    }

    [Fact]
    public void StepFunctionsLocalNamesApplyToTheirServices()
    {
        var environment = new Dictionary<string, string> { ["STEP_FUNCTIONS_ENDPOINT"] = "http://localhost:8083", ["SAGE_MAKER_ENDPOINT"] = "http://sm:1" };
        var endpoints = new AwsEndpoints(null, environment.GetValueOrDefault);
        Assert.Equal("STEP_FUNCTIONS_ENDPOINT", endpoints.Resolve(Sfn, "us-east-1").Source);
        Assert.Equal("SAGE_MAKER_ENDPOINT", endpoints.Resolve(ServiceModels.Embedded.Find("sagemaker")!, "us-east-1").Source);
        Assert.Equal("AWS", endpoints.Resolve(Sqs, "us-east-1").Source);
    }

    [Fact]
    public void SettingsNameServicesByAnyOfTheirNamesAndRefuseUnknownOnes()
    {
        var handler = new AwsServiceSettings { Endpoints = ["stepfunctions=http://a:1", "dynamodb=http://b:2", "http://c:3"] }.CreateHandler(_ => null)!;
        Assert.Equal("http://a:1/", handler.Client.EndpointOf(Sfn).Uri.ToString());
        Assert.Equal("http://b:2/", handler.Client.EndpointOf(ServiceModels.Embedded.Find("dynamodb")!).Uri.ToString());
        Assert.Equal("http://c:3/", handler.Client.EndpointOf(Sqs).Uri.ToString());
        var unknown = Assert.Throws<FormatException>(() => new AwsServiceSettings { Endpoints = ["nosuch=http://x:1"] }.CreateHandler(_ => null));
        Assert.Contains("unknown service 'nosuch'", unknown.Message);
        var bad = Assert.Throws<FormatException>(() => new AwsServiceSettings { Endpoints = ["sqs=ftp://x"] }.CreateHandler(_ => null));
        Assert.Contains("is not an http:// or https:// URL", bad.Message);
        Assert.Equal("https://sqs.us-east-1.amazonaws.com/", new AwsServiceSettings { Region = "us-east-1" }.CreateHandler(_ => null)!.Client.EndpointOf(Sqs).Uri.ToString());
        Assert.Null(new AwsServiceSettings { NoCalls = true }.CreateHandler(_ => null));
    }

    [Fact]
    public void ServiceNamesFollowTheSdksClassNames()
    {
        Assert.Equal("DynamoDb", ServiceModel.PascalCase("DynamoDB"));
        Assert.Equal("Sfn", ServiceModel.PascalCase("SFN"));
        Assert.Equal("SecretsManager", ServiceModel.PascalCase("Secrets Manager"));
        Assert.Equal("CloudWatchLogs", ServiceModel.PascalCase("CloudWatch Logs"));
        Assert.Equal("Ec2", ServiceModel.PascalCase("EC2"));
        Assert.Equal("ApiGateway", ServiceModel.PascalCase("API Gateway"));
        Assert.Equal(["sfn", "cloudwatchlogs", "eventbridge", "bedrockruntime"], new[] { "sfn", "logs", "events", "bedrock-runtime" }.Select(n => ServiceModels.Embedded.Find(n)!.SdkName));
    }

    [Fact]
    public void EveryEmbeddedModelLoads()
    {
        foreach (var name in new[] { "apigateway", "athena", "batch", "bedrock", "bedrock-runtime", "codebuild", "databrew", "dynamodb", "ec2", "ecs", "eks", "emr", "emr-containers", "emr-serverless", "events", "glue", "iam", "kms", "lambda", "logs", "mediaconvert", "s3", "sagemaker", "secretsmanager", "sns", "sqs", "ssm", "stepfunctions", "sts" })
        {
            var model = ServiceModels.Embedded.Find(name)!;
            Assert.NotEmpty(model.Operations);
            Assert.NotNull(Cairn.Integrations.Aws.Protocols.AwsProtocol.For(model));
        }
    }

    private static (string, string) Of(ResolvedEndpoint endpoint) => (endpoint.Uri.ToString(), endpoint.Source);
}
