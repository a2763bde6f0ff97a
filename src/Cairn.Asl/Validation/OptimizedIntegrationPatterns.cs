namespace Cairn.Asl.Validation;

/// <summary>
/// AWS's optimized service integrations (<c>arn:aws:states:::SERVICE:API[.PATTERN]</c>): for each
/// service the APIs it offers and, for each API, the patterns AWS supports (request-response
/// <c>""</c>, <c>.sync</c>, <c>.sync:2</c>, <c>.waitForTaskToken</c>). Validation and the
/// integrations that run them read this one table.
/// </summary>
public static class OptimizedIntegrationPatterns
{
    public const string RequestResponse = "";
    public const string Sync = ".sync";
    public const string Sync2 = ".sync:2";
    public const string Callback = ".waitForTaskToken";

    /// <summary>Optimized integrations whose full API list is known: service → api → supported patterns.</summary>
    private static readonly Dictionary<string, Dictionary<string, string[]>> Integrations = new(StringComparer.Ordinal)
    {
        ["lambda"] = new() { ["invoke"] = [RequestResponse, Callback] },
        ["dynamodb"] = new()
        {
            ["getItem"] = [RequestResponse],
            ["putItem"] = [RequestResponse],
            ["deleteItem"] = [RequestResponse],
            ["updateItem"] = [RequestResponse],
        },
        ["sns"] = new() { ["publish"] = [RequestResponse, Callback] },
        ["sqs"] = new() { ["sendMessage"] = [RequestResponse, Callback] },
        ["events"] = new() { ["putEvents"] = [RequestResponse, Callback] },
        ["states"] = new() { ["startExecution"] = [RequestResponse, Sync, Sync2, Callback] },
        ["apigateway"] = new() { ["invoke"] = [RequestResponse, Callback] },
        ["http"] = new() { ["invoke"] = [RequestResponse] },
        ["batch"] = new() { ["submitJob"] = [RequestResponse, Sync] },
        ["glue"] = new() { ["startJobRun"] = [RequestResponse, Sync] },
        ["ecs"] = new() { ["runTask"] = [RequestResponse, Sync, Callback] },
        ["athena"] = new()
        {
            ["startQueryExecution"] = [RequestResponse, Sync],
            ["stopQueryExecution"] = [RequestResponse],
            ["getQueryExecution"] = [RequestResponse],
            ["getQueryResults"] = [RequestResponse],
        },
        ["codebuild"] = new()
        {
            ["startBuild"] = [RequestResponse, Sync],
            ["stopBuild"] = [RequestResponse],
            ["batchDeleteBuilds"] = [RequestResponse],
            ["batchGetReports"] = [RequestResponse],
            ["startBuildBatch"] = [RequestResponse, Sync],
            ["stopBuildBatch"] = [RequestResponse],
            ["retryBuildBatch"] = [RequestResponse, Sync],
            ["deleteBuildBatch"] = [RequestResponse],
        },
        ["sagemaker"] = new()
        {
            ["createEndpoint"] = [RequestResponse],
            ["createEndpointConfig"] = [RequestResponse],
            ["createModel"] = [RequestResponse],
            ["updateEndpoint"] = [RequestResponse],
            ["createHyperParameterTuningJob"] = [RequestResponse, Sync],
            ["createLabelingJob"] = [RequestResponse, Sync],
            ["createProcessingJob"] = [RequestResponse, Sync],
            ["createTrainingJob"] = [RequestResponse, Sync],
            ["createTransformJob"] = [RequestResponse, Sync],
        },
        ["eks"] = new()
        {
            ["createCluster"] = [RequestResponse, Sync],
            ["deleteCluster"] = [RequestResponse, Sync],
            ["createFargateProfile"] = [RequestResponse, Sync],
            ["deleteFargateProfile"] = [RequestResponse, Sync],
            ["createNodegroup"] = [RequestResponse, Sync],
            ["deleteNodegroup"] = [RequestResponse, Sync],
            ["runJob"] = [RequestResponse, Sync],
            ["call"] = [RequestResponse],
        },
        ["elasticmapreduce"] = new()
        {
            ["createCluster"] = [RequestResponse, Sync],
            ["terminateCluster"] = [RequestResponse, Sync],
            ["addStep"] = [RequestResponse, Sync],
            ["cancelStep"] = [RequestResponse],
            ["setClusterTerminationProtection"] = [RequestResponse],
            ["modifyInstanceFleetByName"] = [RequestResponse],
            ["modifyInstanceGroupByName"] = [RequestResponse],
        },
        ["emr-containers"] = new()
        {
            ["createVirtualCluster"] = [RequestResponse],
            ["deleteVirtualCluster"] = [RequestResponse, Sync],
            ["startJobRun"] = [RequestResponse, Sync],
        },
        ["emr-serverless"] = new()
        {
            ["createApplication"] = [RequestResponse, Sync],
            ["startApplication"] = [RequestResponse, Sync],
            ["stopApplication"] = [RequestResponse, Sync],
            ["deleteApplication"] = [RequestResponse, Sync],
            ["startJobRun"] = [RequestResponse, Sync],
            ["cancelJobRun"] = [RequestResponse, Sync],
        },
        ["databrew"] = new() { ["startJobRun"] = [RequestResponse, Sync] },
        ["mediaconvert"] = new() { ["createJob"] = [RequestResponse, Sync] },
        ["bedrock"] = new()
        {
            ["invokeModel"] = [RequestResponse],
            ["createModelCustomizationJob"] = [RequestResponse, Sync],
        },
    };

    /// <summary>Whether AWS has optimized integrations of <paramref name="service"/>.</summary>
    public static bool IsKnownService(string service) => Integrations.ContainsKey(service);

    /// <summary>Whether AWS offers <paramref name="api"/> of <paramref name="service"/> with <paramref name="pattern"/>.</summary>
    public static bool Allows(string service, string api, string pattern) =>
        Integrations.TryGetValue(service, out var apis) && apis.TryGetValue(api, out var patterns) && Array.IndexOf(patterns, pattern) >= 0;
}
