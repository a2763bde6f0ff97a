namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// AWS's optimized integrations whose services have a model, with the patterns AWS documents for
/// each action. Step Functions itself (<c>states</c>), Lambda (<c>lambda:invoke</c>), the HTTP
/// Task and API Gateway's <c>invoke</c> are answered elsewhere.
/// </summary>
public static class OptimizedIntegrations
{
    private const string R = "";
    private const string S = ServiceTaskResource.Sync;
    private const string T = ServiceTaskResource.WaitForTaskToken;

    private static readonly OptimizedService[] All =
    [
        new("sqs", "sqs", "SQS", "AmazonSQS", "AmazonSQSException", new Dictionary<string, string[]> { ["sendMessage"] = [R, T] }),
        new("sns", "sns", "SNS", "AmazonSNS", "AmazonSNSException", new Dictionary<string, string[]> { ["publish"] = [R, T] }),
        new("dynamodb", "dynamodb", "DynamoDB", "AmazonDynamoDBv2", "AmazonDynamoDBException", new Dictionary<string, string[]>
        {
            ["getItem"] = [R], ["putItem"] = [R], ["updateItem"] = [R], ["deleteItem"] = [R],
        }),
        new("events", "events", "EventBridge", "AmazonEventBridge", "AmazonEventBridgeException", new Dictionary<string, string[]> { ["putEvents"] = [R, T] }),
        new("ecs", "ecs", "ECS", "AmazonECS", "AmazonECSException", new Dictionary<string, string[]> { ["runTask"] = [R, S, T] }),
        new("batch", "batch", "Batch", "AWSBatch", "AWSBatchException", new Dictionary<string, string[]> { ["submitJob"] = [R, S, T] }),
        new("glue", "glue", "Glue", "AWSGlue", "AWSGlueException", new Dictionary<string, string[]> { ["startJobRun"] = [R, S, T] }),
        new("athena", "athena", "Athena", "AmazonAthena", "AmazonAthenaException", new Dictionary<string, string[]>
        {
            ["startQueryExecution"] = [R, S, T], ["stopQueryExecution"] = [R], ["getQueryExecution"] = [R], ["getQueryResults"] = [R],
        }),
        new("codebuild", "codebuild", "CodeBuild", "AWSCodeBuild", "AWSCodeBuildException", new Dictionary<string, string[]>
        {
            ["startBuild"] = [R, S, T], ["stopBuild"] = [R], ["batchDeleteBuilds"] = [R], ["batchGetReports"] = [R],
            ["startBuildBatch"] = [R, S, T], ["stopBuildBatch"] = [R], ["retryBuildBatch"] = [R, S, T], ["deleteBuildBatch"] = [R],
        }),
        new("sagemaker", "sagemaker", "SageMaker", "AmazonSageMaker", "AmazonSageMakerException", new Dictionary<string, string[]>
        {
            ["createEndpoint"] = [R], ["createEndpointConfig"] = [R], ["createModel"] = [R], ["updateEndpoint"] = [R],
            ["createHyperParameterTuningJob"] = [R, S], ["createLabelingJob"] = [R, S], ["createProcessingJob"] = [R, S],
            ["createTrainingJob"] = [R, S], ["createTransformJob"] = [R, S],
        }),
        new("eks", "eks", "EKS", "AmazonEKS", "AmazonEKSException", new Dictionary<string, string[]>
        {
            ["createCluster"] = [R, S], ["deleteCluster"] = [R, S], ["createFargateProfile"] = [R, S], ["deleteFargateProfile"] = [R, S],
            ["createNodegroup"] = [R, S], ["deleteNodegroup"] = [R, S],
        }),
        new("elasticmapreduce", "emr", "EMR", "AmazonElasticMapReduce", "AmazonElasticMapReduceException", new Dictionary<string, string[]>
        {
            ["createCluster"] = [R, S], ["terminateCluster"] = [R, S], ["addStep"] = [R, S], ["cancelStep"] = [R],
            ["setClusterTerminationProtection"] = [R], ["modifyInstanceFleetByName"] = [R], ["modifyInstanceGroupByName"] = [R],
        }),
        new("emr-containers", "emr-containers", "EMRContainers", "AmazonEMRContainers", "AmazonEMRContainersException", new Dictionary<string, string[]>
        {
            ["createVirtualCluster"] = [R], ["deleteVirtualCluster"] = [R, S], ["startJobRun"] = [R, S],
        }),
        new("emr-serverless", "emr-serverless", "EMRServerless", "AWSEMRServerless", "AWSEMRServerlessException", new Dictionary<string, string[]>
        {
            ["createApplication"] = [R, S], ["startApplication"] = [R, S], ["stopApplication"] = [R, S], ["deleteApplication"] = [R, S],
            ["startJobRun"] = [R, S], ["cancelJobRun"] = [R, S],
        }),
        new("databrew", "databrew", "DataBrew", "AWSGlueDataBrew", "AWSGlueDataBrewException", new Dictionary<string, string[]> { ["startJobRun"] = [R, S] }),
        new("mediaconvert", "mediaconvert", "MediaConvert", "AWSMediaConvert", "AWSMediaConvertException", new Dictionary<string, string[]> { ["createJob"] = [R, S] }),
        new("bedrock", "bedrock-runtime", "Bedrock", "AmazonBedrockRuntime", "AmazonBedrockRuntimeException", new Dictionary<string, string[]> { ["invokeModel"] = [R] }),
    ];

    private static readonly Dictionary<string, OptimizedService> ByResource = All.ToDictionary(s => s.Resource, StringComparer.Ordinal);

    public static IEnumerable<OptimizedService> Services => All;

    public static OptimizedService? Find(string resourceService) => ByResource.GetValueOrDefault(resourceService);
}
