using Cairn.Engine.Tasks;
using Cairn.Integrations.Tests.Aws.Moto;
using Cairn.Json;
using Cairn.TestSupport;
using static Cairn.Integrations.Tests.Aws.Tasks.TaskCalls;

namespace Cairn.Integrations.Tests.Aws.Tasks;

/// <summary><c>.sync</c> integrations against moto: the start call is submitted, the job is described until it ends, the job is the result.</summary>
public sealed class SyncJobTests
{
    [Fact]
    public async Task GlueStartJobRunSyncWaitsForTheRun()
    {
        var client = MotoClients.Client();
        var job = MotoServer.UniqueName("job");
        await client.CallAsync("glue", "CreateJob", $$$$"""{"Name":"{{{{job}}}}","Role":"arn:aws:iam::123456789012:role/r","Command":{"Name":"glueetl","ScriptLocation":"s3://b/s.py"}}""");
        var context = new RecordingContext();

        var result = Succeeded(await InvokeAsync("arn:aws:states:::glue:startJobRun.sync", $$$$"""{"JobName":"{{{{job}}}}"}""", context));

        Assert.Equal(1, context.Submissions);
        var submitted = (JObject)context.Submitted!;
        Assert.NotNull(submitted["JobRunId"]);
        Assert.NotNull(submitted["SdkHttpMetadata"]);
        Assert.Equal("SUCCEEDED", Text(result["JobRunState"]));
        Assert.Equal(Text(submitted["JobRunId"]), Text(result["Id"]));
        Assert.Equal(job, Text(result["JobName"]));
        Assert.IsType<JNumber>(result["StartedOn"]);
    }

    [Fact]
    public async Task GlueSyncResumedAfterARestartDoesNotStartTheJobAgain()
    {
        var client = MotoClients.Client();
        var job = MotoServer.UniqueName("job");
        await client.CallAsync("glue", "CreateJob", $$$$"""{"Name":"{{{{job}}}}","Role":"arn:aws:iam::123456789012:role/r","Command":{"Name":"glueetl","ScriptLocation":"s3://b/s.py"}}""");
        var started = await client.CallAsync("glue", "StartJobRun", $$$$"""{"JobName":"{{{{job}}}}"}""");
        var context = new RecordingContext(JObject.Create(("JobRunId", started["JobRunId"]!)));

        var result = Succeeded(await InvokeAsync("arn:aws:states:::glue:startJobRun.sync", $$$$"""{"JobName":"{{{{job}}}}"}""", context));

        Assert.Equal(0, context.Submissions);
        Assert.Equal(Text(started["JobRunId"]), Text(result["Id"]));
        var runs = await client.CallAsync("glue", "GetJobRuns", $$$$"""{"JobName":"{{{{job}}}}"}""");
        Assert.Single((JArray)runs["JobRuns"]!);
    }

    [Fact]
    public async Task EcsRunTaskSyncWaitsUntilTheTaskStops()
    {
        var client = MotoClients.Client();
        var cluster = MotoServer.UniqueName("c");
        await client.CallAsync("ecs", "CreateCluster", $$$$"""{"clusterName":"{{{{cluster}}}}"}""");
        var family = MotoServer.UniqueName("f");
        await client.CallAsync("ecs", "RegisterTaskDefinition", $$$$"""{"family":"{{{{family}}}}","containerDefinitions":[{"name":"main","image":"busybox","memory":128}]}""");
        var context = new RecordingContext();

        // moto moves a task one status further each time it is described, to STOPPED.
        var result = Succeeded(await InvokeAsync(
            "arn:aws:states:::ecs:runTask.sync",
            $$$$"""{"Cluster":"{{{{cluster}}}}","TaskDefinition":"{{{{family}}}}","LaunchType":"FARGATE","NetworkConfiguration":{"AwsvpcConfiguration":{"Subnets":["subnet-1"]}}}""",
            context));

        var submitted = (JObject)((JArray)((JObject)context.Submitted!)["Tasks"]!)[0];
        Assert.Equal("AWS Step Functions", Text(submitted["StartedBy"]));
        Assert.Equal(Text(submitted["TaskArn"]), Text(result["TaskArn"]));
        Assert.Equal("STOPPED", Text(result["LastStatus"]));
        Assert.Null(result["SdkHttpMetadata"]);
    }

    [Fact]
    public async Task AJobTheServiceDoesNotKnowFailsTheTask()
    {
        var client = MotoClients.Client();
        var cluster = MotoServer.UniqueName("c");
        var arn = Text(((JObject)(await client.CallAsync("ecs", "CreateCluster", $$$$"""{"clusterName":"{{{{cluster}}}}"}"""))["Cluster"]!)["ClusterArn"]);
        var context = new RecordingContext(JValue.Parse($$$$"""{"Tasks":[{"TaskArn":"arn:aws:ecs:us-east-1:123456789012:task/{{{{cluster}}}}/0","ClusterArn":"{{{{arn}}}}"}]}"""));
        var failed = Failed(await InvokeAsync("arn:aws:states:::ecs:runTask.sync", $$$$"""{"Cluster":"{{{{cluster}}}}","TaskDefinition":"f"}""", context));
        Assert.Equal("States.TaskFailed", failed.Error);
        Assert.Contains("\"Failures\"", failed.Cause);

        var noCluster = Failed(await InvokeAsync("arn:aws:states:::ecs:runTask.sync", """{"Cluster":"none","TaskDefinition":"f"}""", new RecordingContext(JValue.Parse("""{"Tasks":[{"TaskArn":"t","ClusterArn":"none"}]}"""))));
        Assert.Equal("ECS.ClusterNotFoundException", noCluster.Error);
    }

    [Fact]
    public async Task SyncOfAJobThatNeverEndsStopsWhenTheTaskIsCancelled()
    {
        await using var endpoint = Faults.FakeEndpoint.Answering(200, """{"tasks":[{"taskArn":"t","lastStatus":"RUNNING"}],"failures":[]}""");
        var handler = Handler(MotoClients.Options(MotoServer.Shared) with { Endpoints = new Cairn.Integrations.Aws.Endpoints.AwsEndpoints(new Dictionary<string, Uri> { ["*"] = endpoint.Uri }, _ => null) });
        var context = new RecordingContext(JValue.Parse("""{"Tasks":[{"TaskArn":"t","ClusterArn":"c"}]}"""));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            InvokeAsync("arn:aws:states:::ecs:runTask.sync", """{"Cluster":"c","TaskDefinition":"f"}""", context, handler, cancel.Token));
        Assert.True(endpoint.Requests >= 2);
    }
}
