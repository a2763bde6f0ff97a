namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// AWS's optimized integrations whose services have a model (their APIs and patterns are
/// <see cref="Cairn.Asl.Validation.OptimizedIntegrationPatterns"/>). Step Functions itself (<c>states</c>), Lambda (<c>lambda:invoke</c>), the HTTP
/// Task and API Gateway's <c>invoke</c> are answered elsewhere.
/// </summary>
public static class OptimizedIntegrations
{
    private static readonly OptimizedService[] All =
    [
        new("sqs", "sqs", "SQS", "AmazonSQS", "AmazonSQSException"),
        new("sns", "sns", "SNS", "AmazonSNS", "AmazonSNSException"),
        new("dynamodb", "dynamodb", "DynamoDB", "AmazonDynamoDBv2", "AmazonDynamoDBException"),
        new("events", "events", "EventBridge", "AmazonEventBridge", "AmazonEventBridgeException"),
        new("ecs", "ecs", "ECS", "AmazonECS", "AmazonECSException"),
        new("batch", "batch", "Batch", "AWSBatch", "AWSBatchException"),
        new("glue", "glue", "Glue", "AWSGlue", "AWSGlueException"),
        new("athena", "athena", "Athena", "AmazonAthena", "AmazonAthenaException"),
        new("codebuild", "codebuild", "CodeBuild", "AWSCodeBuild", "AWSCodeBuildException"),
        new("sagemaker", "sagemaker", "SageMaker", "AmazonSageMaker", "AmazonSageMakerException"),
        new("eks", "eks", "EKS", "AmazonEKS", "AmazonEKSException"),
        new("elasticmapreduce", "emr", "EMR", "AmazonElasticMapReduce", "AmazonElasticMapReduceException"),
        new("emr-containers", "emr-containers", "EMRContainers", "AmazonEMRContainers", "AmazonEMRContainersException"),
        new("emr-serverless", "emr-serverless", "EMRServerless", "AWSEMRServerless", "AWSEMRServerlessException"),
        new("databrew", "databrew", "DataBrew", "AWSGlueDataBrew", "AWSGlueDataBrewException"),
        new("mediaconvert", "mediaconvert", "MediaConvert", "AWSMediaConvert", "AWSMediaConvertException"),
        new("bedrock", "bedrock-runtime", "Bedrock", "AmazonBedrockRuntime", "AmazonBedrockRuntimeException") { OtherModel = "bedrock" },
    ];

    private static readonly Dictionary<string, OptimizedService> ByResource = All.ToDictionary(s => s.Resource, StringComparer.Ordinal);

    public static IEnumerable<OptimizedService> Services => All;

    public static OptimizedService? Find(string resourceService) => ByResource.GetValueOrDefault(resourceService);
}
