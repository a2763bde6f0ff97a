using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Execution.GoldenLogs;

/// <summary>The executions the golden logs hold, each paused where a running execution waits.</summary>
internal static class GoldenScenarios
{
    public const string Activity = "arn:aws:states:us-east-1:123456789012:activity:";

    public static IReadOnlyList<GoldenScenario> All { get; } =
    [
        // A Wait state waiting: entropy (States.UUID, States.MathRandom) before and after it.
        new()
        {
            Name = "mid-wait",
            Definition = """
                {"StartAt":"Prepare","States":{
                  "Prepare":{"Type":"Pass","Parameters":{"order.$":"$.order","id.$":"States.UUID()"},"Next":"Hold"},
                  "Hold":{"Type":"Wait","Seconds":3600,"Next":"Ship"},
                  "Ship":{"Type":"Pass","Parameters":{"shipped.$":"$.order","id.$":"$.id","lucky.$":"States.MathRandom(1, 1000)"},"End":true}}}
                """,
            Input = """{"order":{"sku":"A-1","quantity":2}}""",
            Record = Unexpected,
        },

        // A task failed and waits for its retry: backoff with full jitter, RetryCount in the parameters.
        new()
        {
            Name = "mid-retry",
            Definition = """
                {"StartAt":"Charge","States":{
                  "Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                    "Parameters":{"FunctionName":"charge","Payload":{"amount.$":"$.amount","attempt.$":"$$.State.RetryCount"}},
                    "Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":600,"BackoffRate":2,"MaxAttempts":3,"JitterStrategy":"FULL"}],
                    "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"GaveUp"}],
                    "ResultSelector":{"charged.$":"$.Payload"},"End":true},
                  "GaveUp":{"Type":"Fail","Error":"GaveUp"}}}
                """,
            Input = """{"amount":42}""",
            Record = (_, _) => Task.FromResult(TaskResult.Failure("Flaky", "the card service did not answer")),
            Drive = run => run.UntilCommitted(c => c.TimersStarted.Count > 0 && c.Input.Kind == InterpreterInputKind.TaskFailed, "the retry timer"),
            Resume = request => Task.FromResult(TaskResult.Success(JObject.Create(("Payload", ((JObject)request.Parameters)["Payload"]!)))),
        },

        // A callback task submitted, kept alive by a heartbeat, waiting for its token.
        new()
        {
            Name = "mid-callback",
            Definition = """
                {"StartAt":"Approve","States":{
                  "Approve":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","TimeoutSeconds":86400,"HeartbeatSeconds":3600,
                    "Parameters":{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/approvals","MessageBody":{"token.$":"$$.Task.Token","order.$":"$.order"}},
                    "ResultPath":"$.approval","Next":"Record"},
                  "Record":{"Type":"Pass","Parameters":{"order.$":"$.order","approved.$":"$.approval.approved"},"End":true}}}
                """,
            Input = """{"order":"o-7"}""",
            Record = (_, _) => Task.FromResult(TaskResult.Submission(JValue.Parse("""{"MessageId":"m-1"}"""))),
            Drive = async run =>
            {
                await run.UntilEvent("TaskSubmitted");
                run.Clock.Advance(TimeSpan.FromMinutes(1));
                Assert.Equal(TaskTokenOutcome.Accepted, await run.Host.SendTaskHeartbeatAsync(run.Tokens.Single()));
                await run.UntilCommitted(c => c.Input.Kind == InterpreterInputKind.TaskHeartbeat, "the heartbeat");
            },
            Resume = _ => Task.FromResult(TaskResult.Submission(JValue.Parse("""{"MessageId":"m-1"}"""))),
            ResumeScale = TimeScale.RealTime,
            Continue = async (host, log) =>
                Assert.Equal(TaskTokenOutcome.Accepted, await host.SendTaskResultAsync(log.TaskTokens.Single(), TaskResult.Success(JValue.Parse("""{"approved":true}""")))),
        },

        // A distributed Map Run with iterations waiting, its concurrency raised by UpdateMapRun.
        new()
        {
            Name = "mid-map",
            Definition = """
                {"StartAt":"Fan","States":{"Fan":{"Type":"Map","Label":"batch","MaxConcurrency":2,"ToleratedFailureCount":1,"ItemsPath":"$.items","ResultPath":"$.results",
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"Sleep","States":{
                    "Sleep":{"Type":"Wait","SecondsPath":"$.wait","Next":"Done"},
                    "Done":{"Type":"Pass","Parameters":{"slept.$":"$.wait"},"End":true}}},
                  "End":true}}}
                """,
            Input = """{"items":[{"wait":600},{"wait":1200},{"wait":1800},{"wait":2400}]}""",
            Record = Unexpected,
            Drive = async run =>
            {
                await run.UntilEvent("MapRunStarted");
                run.Clock.Advance(TimeSpan.FromMinutes(1));
                Assert.True(await run.Host.UpdateMapRunAsync(run.ExecutionArn, new MapRunUpdate(run.LastMapRun().MapRunArn, 3, null, null)));
                await run.UntilCommitted(c => c.Input.Kind == InterpreterInputKind.UpdateMapRun, "the Map Run update");
            },
        },

        // A failed execution redriven: its failed Parallel branch runs again, its task under way.
        new()
        {
            Name = "mid-redrive",
            Definition = """
                {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"Left","States":{"Left":{"Type":"Pass","Result":"left","End":true}}},
                  {"StartAt":"Right","States":{"Right":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"right"},"OutputPath":"$.Payload","End":true}}}]}}}
                """,
            Record = async (_, invocation) =>
            {
                if (invocation == 0)
                {
                    return TaskResult.Failure("Broken", "the first attempt broke");
                }

                // The redriven attempt is still under way when the log is taken.
                await Task.Delay(Timeout.Infinite);
                throw new InvalidOperationException("unreachable");
            },
            Drive = async run =>
            {
                await run.UntilCommitted(c => GoldenRun.Status(c) == ExecutionStatus.FAILED, "the failure");
                run.Clock.Advance(TimeSpan.FromHours(1));
                var redrive = await run.Host.RedriveAsync(run.ExecutionArn, "redrive-1");
                Assert.NotNull(redrive?.RedriveDate);
                await run.UntilCommitted(c => c.Redriven is not null, "the redrive");
            },
            Resume = _ => Task.FromResult(TaskResult.Success(JValue.Parse("""{"Payload":"right"}"""))),
        },

        // An activity task started by a worker, beside a branch whose activity did not exist (caught).
        new()
        {
            Name = "mid-activity",
            Definition = """
                {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"Gone","States":{
                    "Gone":{"Type":"Task","Resource":"ACTIVITY:gone","Catch":[{"ErrorEquals":["States.Runtime"],"ResultPath":"$.missing","Next":"Noted"}],"End":true},
                    "Noted":{"Type":"Pass","End":true}}},
                  {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"ACTIVITY:work","HeartbeatSeconds":3600,"End":true}}}]}}}
                """.Replace("ACTIVITY:", Activity, StringComparison.Ordinal),
            Activities = [Activity + "work"],
            Record = Unexpected,
            Drive = async run =>
            {
                await run.UntilEvent("ActivityScheduled");
                var task = await run.Host.GetActivityTaskAsync(Activity + "work", "worker-1", TimeSpan.FromSeconds(30), CancellationToken.None);
                Assert.NotNull(task);
                run.HandedOut(task.TaskToken);
                await run.UntilEvent("ActivityStarted");
            },

            // The activity that was missing exists now: the log still says how it was.
            ResumeActivities = [Activity + "work", Activity + "gone"],
            ResumeScale = TimeScale.RealTime,
            Continue = async (host, log) =>
                Assert.Equal(TaskTokenOutcome.Accepted, await host.SendTaskResultAsync(log.TaskTokens.Single(), TaskResult.Success(JValue.Parse("""{"worked":true}""")))),
        },
    ];

    private static Task<TaskResult> Unexpected(TaskRequest request, int invocation) =>
        Task.FromResult(TaskResult.Failure("Unexpected", $"no task was expected: {request.Resource}"));
}
