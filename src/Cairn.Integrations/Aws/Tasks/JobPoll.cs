using Cairn.Json;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// How a <c>.sync</c> integration waits for the job it started: the describe operation polled, its
/// input (from the task's parameters and the start call's output), the job in the describe
/// output, its status, and which statuses end it in success or failure. The task's result is the
/// job as described (<see cref="Result"/>); a failed job fails the task with States.TaskFailed and
/// the job as the cause.
/// </summary>
public sealed record JobPoll(
    string Operation,
    Func<JObject, JObject, JObject?> Input,
    Func<JObject, JObject?> Job,
    Func<JObject, string?> Status,
    string[] Succeeded,
    string[] Failed)
{
    /// <summary>What the task reports when the job has ended: the job (default) or the whole describe output.</summary>
    public bool WholeOutput { get; init; }

    /// <summary>An extra check of an ended job (ECS: every essential container exited with 0).</summary>
    public Func<JObject, bool>? Healthy { get; init; }

    /// <summary>The polls of the optimized integrations, by <c>service:action</c>.</summary>
    public static IReadOnlyDictionary<string, JobPoll> ByResource { get; } = new Dictionary<string, JobPoll>(StringComparer.Ordinal)
    {
        ["ecs:runTask"] = new(
            "DescribeTasks",
            (_, started) => First(started, "Tasks") is { } task
                ? JObject.Create(("cluster", task["ClusterArn"] ?? JNull.Instance), ("tasks", JArray.Create([task["TaskArn"] ?? JNull.Instance])))
                : null,
            described => First(described, "Tasks"),
            task => Text(task, "LastStatus"),
            ["STOPPED"],
            [])
        {
            Healthy = task => task["Containers"] is not JArray containers || containers.OfType<JObject>().All(c => c["ExitCode"] is not JNumber code || code.IntegerValue == 0),
        },
        ["batch:submitJob"] = new(
            "DescribeJobs",
            (_, started) => JObject.Create(("jobs", JArray.Create([started["JobId"] ?? JNull.Instance]))),
            described => First(described, "Jobs"),
            job => Text(job, "Status"),
            ["SUCCEEDED"],
            ["FAILED"]),
        ["glue:startJobRun"] = new(
            "GetJobRun",
            (parameters, started) => JObject.Create(("JobName", parameters["JobName"] ?? JNull.Instance), ("RunId", started["JobRunId"] ?? JNull.Instance)),
            described => described["JobRun"] as JObject,
            run => Text(run, "JobRunState"),
            ["SUCCEEDED"],
            ["FAILED", "STOPPED", "TIMEOUT", "ERROR", "EXPIRED"]),
        ["athena:startQueryExecution"] = new(
            "GetQueryExecution",
            (_, started) => JObject.Create(("QueryExecutionId", started["QueryExecutionId"] ?? JNull.Instance)),
            described => described["QueryExecution"] as JObject,
            query => (query["Status"] as JObject) is { } status ? Text(status, "State") : null,
            ["SUCCEEDED"],
            ["FAILED", "CANCELLED"]) { WholeOutput = true },
        ["codebuild:startBuild"] = new(
            "BatchGetBuilds",
            (_, started) => (started["Build"] as JObject)?["Id"] is { } id ? JObject.Create(("ids", JArray.Create([id]))) : null,
            described => First(described, "Builds"),
            build => Text(build, "BuildStatus"),
            ["SUCCEEDED"],
            ["FAILED", "FAULT", "TIMED_OUT", "STOPPED"]),
        ["sagemaker:createTrainingJob"] = SageMaker("DescribeTrainingJob", "TrainingJobName", "TrainingJobStatus"),
        ["sagemaker:createTransformJob"] = SageMaker("DescribeTransformJob", "TransformJobName", "TransformJobStatus"),
        ["sagemaker:createProcessingJob"] = SageMaker("DescribeProcessingJob", "ProcessingJobName", "ProcessingJobStatus"),
        ["sagemaker:createHyperParameterTuningJob"] = SageMaker("DescribeHyperParameterTuningJob", "HyperParameterTuningJobName", "HyperParameterTuningJobStatus"),
        ["sagemaker:createLabelingJob"] = SageMaker("DescribeLabelingJob", "LabelingJobName", "LabelingJobStatus"),
        ["databrew:startJobRun"] = new(
            "DescribeJobRun",
            (parameters, started) => JObject.Create(("Name", parameters["Name"] ?? JNull.Instance), ("RunId", started["RunId"] ?? JNull.Instance)),
            described => described,
            run => Text(run, "State"),
            ["SUCCEEDED"],
            ["FAILED", "STOPPED", "TIMEOUT"]),
        ["mediaconvert:createJob"] = new(
            "GetJob",
            (_, started) => (started["Job"] as JObject)?["Id"] is { } id ? JObject.Create(("Id", id)) : null,
            described => described["Job"] as JObject,
            job => Text(job, "Status"),
            ["COMPLETE"],
            ["ERROR", "CANCELED"]) { WholeOutput = true },
        ["elasticmapreduce:addStep"] = new(
            "DescribeStep",
            (parameters, started) => started["StepIds"] is JArray { Count: > 0 } ids ? JObject.Create(("ClusterId", parameters["ClusterId"] ?? JNull.Instance), ("StepId", ids[0])) : null,
            described => described["Step"] as JObject,
            step => (step["Status"] as JObject) is { } status ? Text(status, "State") : null,
            ["COMPLETED"],
            ["FAILED", "CANCELLED", "INTERRUPTED"]),
        ["emr-serverless:startJobRun"] = new(
            "GetJobRun",
            (_, started) => JObject.Create(("applicationId", started["ApplicationId"] ?? JNull.Instance), ("jobRunId", started["JobRunId"] ?? JNull.Instance)),
            described => described["JobRun"] as JObject,
            run => Text(run, "State"),
            ["SUCCESS"],
            ["FAILED", "CANCELLED"]),
    };

    private static JobPoll SageMaker(string describe, string nameMember, string statusMember) => new(
        describe,
        (parameters, _) => JObject.Create((nameMember, parameters[nameMember] ?? JNull.Instance)),
        described => described,
        job => Text(job, statusMember),
        ["Completed"],
        ["Failed", "Stopped"]);

    private static JObject? First(JObject o, string list) => o[list] is JArray { Count: > 0 } items ? items[0] as JObject : null;

    private static string? Text(JObject o, string name) => o[name] is JString s ? s.Value : null;
}
