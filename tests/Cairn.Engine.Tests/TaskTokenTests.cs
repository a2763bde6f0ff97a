using Cairn.Asl.Data;
using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests;

/// <summary>
/// Task tokens as the host sees them: each attempt of a callback or job run task has its own
/// token (earlier attempts' tokens no longer lead to the task), <c>.sync</c> tasks can be
/// completed and kept alive with theirs, and a replay issues the same tokens.
/// </summary>
public class TaskTokenTests
{
    private static readonly TaskTokenCodec Codec = new(new byte[TaskTokenCodec.KeyBytes]);

    private const string RetriedCallback = """
        {"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token","retry.$":"$$.State.RetryCount"}},
          "Retry":[{"ErrorEquals":["Boom"],"IntervalSeconds":1,"MaxAttempts":2}],"End":true}}}
        """;

    [Fact]
    public void A_retried_callback_task_gets_a_fresh_token_for_each_attempt()
    {
        var (interpreter, clock) = Create(RetriedCallback);
        var first = Invocation(interpreter.Start());
        var firstToken = first.Request.TaskToken!;
        Assert.Equal(first.Id, interpreter.WaitingTask(firstToken));

        var retryTimer = Timer(interpreter.CompleteTask(first.Id, TaskResult.Failure("Boom", "first attempt")));
        Assert.Null(interpreter.WaitingTask(firstToken));

        clock.Now = clock.Now.AddSeconds(1);
        var second = Invocation(interpreter.FireTimer(retryTimer.Id));
        var secondToken = second.Request.TaskToken!;

        Assert.NotEqual(firstToken, secondToken);
        Assert.Null(interpreter.WaitingTask(firstToken));
        Assert.Equal(second.Id, interpreter.WaitingTask(secondToken));
        Assert.True(Codec.TryOpen(secondToken, out var arn, out var index));
        Assert.Equal(Run.ExecutionArn, arn);
        Assert.Equal(1, index);

        // The retry's parameters are evaluated again: its own token and RetryCount.
        var scheduled = interpreter.History.Where(e => e.Type == HistoryEventType.TaskScheduled)
            .Select(e => (JObject)JValue.Parse(((JString)Run.Details(e)["parameters"]!).Value)).ToArray();
        Assert.Equal(2, scheduled.Length);
        Run.AssertJson($$"""{"token":"{{firstToken}}","retry":0}""", scheduled[0]["MessageBody"]);
        Run.AssertJson($$"""{"token":"{{secondToken}}","retry":1}""", scheduled[1]["MessageBody"]);
        Run.AssertJson($$"""{"token":"{{secondToken}}","retry":1}""", ((JObject)second.Request.Parameters)["MessageBody"]);

        interpreter.CompleteTask(second.Id, TaskResult.Success(JValue.Parse("""{"done":true}""")));
        Assert.Equal(ExecutionStatus.SUCCEEDED, interpreter.Status);
        Assert.Null(interpreter.WaitingTask(secondToken));
    }

    [Fact]
    public void Attempts_that_time_out_are_retried_with_a_new_token()
    {
        var (interpreter, clock) = Create("""
            {"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},"TimeoutSeconds":5,
              "Retry":[{"ErrorEquals":["States.Timeout"],"IntervalSeconds":1,"MaxAttempts":1}],"End":true}}}
            """);
        var commands = interpreter.Start();
        var first = Invocation(commands);
        var deadline = Timer(commands);

        clock.Now = clock.Now.AddSeconds(5);
        var retryTimer = Timer(interpreter.FireTimer(deadline.Id));
        Assert.Null(interpreter.WaitingTask(first.Request.TaskToken!));
        clock.Now = clock.Now.AddSeconds(1);
        var second = Invocation(interpreter.FireTimer(retryTimer.Id));

        Assert.NotEqual(first.Request.TaskToken, second.Request.TaskToken);
        Assert.Equal(second.Id, interpreter.WaitingTask(second.Request.TaskToken!));
        Assert.Null(interpreter.WaitingTask(first.Request.TaskToken!));
        Assert.Contains(interpreter.History, e => e.Type == HistoryEventType.TaskTimedOut);
    }

    [Fact]
    public void Retried_activities_get_a_fresh_token_for_each_attempt()
    {
        var (interpreter, clock) = Create("""
            {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"arn:aws:states:us-east-1:123456789012:activity:work",
              "Retry":[{"ErrorEquals":["Boom"],"IntervalSeconds":1,"MaxAttempts":1}],"End":true}}}
            """);
        var first = Invocation(interpreter.Start());
        interpreter.StartActivity(first.Id, "w");
        var retryTimer = Timer(interpreter.CompleteTask(first.Id, TaskResult.Failure("Boom", null)));
        clock.Now = clock.Now.AddSeconds(1);
        var second = Invocation(interpreter.FireTimer(retryTimer.Id));

        Assert.NotEqual(first.Request.TaskToken, second.Request.TaskToken);
        Assert.Null(interpreter.WaitingTask(first.Request.TaskToken!));
        Assert.Equal(second.Id, interpreter.WaitingTask(second.Request.TaskToken!));
        Assert.Equal(2, interpreter.History.Count(e => e.Type == HistoryEventType.ActivityScheduled));
    }

    [Fact]
    public void Replaying_the_same_inputs_issues_the_same_tokens()
    {
        string[] Tokens()
        {
            var (interpreter, clock) = Create(RetriedCallback);
            var first = Invocation(interpreter.Start());
            var retryTimer = Timer(interpreter.CompleteTask(first.Id, TaskResult.Failure("Boom", null)));
            clock.Now = clock.Now.AddSeconds(1);
            var second = Invocation(interpreter.FireTimer(retryTimer.Id));
            return [first.Request.TaskToken!, second.Request.TaskToken!];
        }

        Assert.Equal(Tokens(), Tokens());
    }

    [Theory]
    [InlineData("arn:aws:states:::states:startExecution.sync")]
    [InlineData("arn:aws:states:::states:startExecution.sync:2")]
    public void Sync_tasks_get_a_token_that_completes_them(string resource)
    {
        var (interpreter, _) = Create("""
            {"StartAt":"Job","States":{"Job":{"Type":"Task","Resource":"RESOURCE",
              "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child","Input":{"token.$":"$$.Task.Token"}},"End":true}}}
            """.Replace("RESOURCE", resource, StringComparison.Ordinal));
        var job = Invocation(interpreter.Start());
        var token = job.Request.TaskToken;

        Assert.False(string.IsNullOrEmpty(token));
        Run.AssertJson($$"""{"token":"{{token}}"}""", ((JObject)job.Request.Parameters)["Input"]);
        Assert.Equal(job.Id, interpreter.WaitingTask(token!));

        interpreter.SubmitTask(job.Id, JValue.Parse("""{"ExecutionArn":"child"}"""));
        interpreter.CompleteTask(job.Id, TaskResult.Success(new JString("from the token")));

        Assert.Equal(ExecutionStatus.SUCCEEDED, interpreter.Status);
        Run.AssertJson("\"from the token\"", interpreter.Output);
        Assert.Equal(
            [HistoryEventType.ExecutionStarted, HistoryEventType.TaskStateEntered, HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted,
             HistoryEventType.TaskSubmitted, HistoryEventType.TaskSucceeded, HistoryEventType.TaskStateExited, HistoryEventType.ExecutionSucceeded],
            Run.Types(interpreter));
        Assert.Null(interpreter.WaitingTask(token!));
    }

    [Fact]
    public void Jsonata_sync_tasks_see_their_token_in_states_context()
    {
        var (interpreter, _) = Create("""
            {"QueryLanguage":"JSONata","StartAt":"Job","States":{"Job":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2",
              "Arguments":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child","Input":{"token":"{% $states.context.Task.Token %}"}},"End":true}}}
            """);
        var job = Invocation(interpreter.Start());

        Assert.False(string.IsNullOrEmpty(job.Request.TaskToken));
        Run.AssertJson($$"""{"token":"{{job.Request.TaskToken}}"}""", ((JObject)job.Request.Parameters)["Input"]);
    }

    [Fact]
    public void Request_response_tasks_have_no_token()
    {
        var (interpreter, _) = Create("""
            {"StartAt":"Start","States":{"Start":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution",
              "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child","Context.$":"$$"},"End":true}}}
            """);
        var start = Invocation(interpreter.Start());

        Assert.Null(start.Request.TaskToken);
        Assert.False(((JObject)((JObject)start.Request.Parameters)["Context"]!).ContainsKey("Task"));
    }

    [Fact]
    public void A_sync_task_without_heartbeats_times_out_after_HeartbeatSeconds()
    {
        var (interpreter, clock) = Create("""
            {"StartAt":"Job","States":{"Job":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2","HeartbeatSeconds":10,
              "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child"},
              "Catch":[{"ErrorEquals":["States.Timeout"],"Next":"TimedOut"}],"End":true},
             "TimedOut":{"Type":"Pass","End":true}}}
            """);
        var commands = interpreter.Start();
        var job = Invocation(commands);
        var firstHeartbeat = Timer(commands);
        Assert.Equal(clock.Now.AddSeconds(10), firstHeartbeat.Due);

        // A heartbeat restarts the clock: the first deadline no longer counts.
        clock.Now = clock.Now.AddSeconds(8);
        var secondHeartbeat = Timer(interpreter.Heartbeat(job.Id));
        Assert.Equal(clock.Now.AddSeconds(10), secondHeartbeat.Due);
        clock.Now = clock.Now.AddSeconds(2);
        Assert.Empty(interpreter.FireTimer(firstHeartbeat.Id));
        Assert.Equal(ExecutionStatus.RUNNING, interpreter.Status);

        clock.Now = clock.Now.AddSeconds(8);
        interpreter.FireTimer(secondHeartbeat.Id);
        Assert.Equal(ExecutionStatus.SUCCEEDED, interpreter.Status);
        var timedOut = Run.Single(interpreter, HistoryEventType.TaskTimedOut);
        Run.AssertJson("""{"resourceType":"states","resource":"startExecution.sync:2","error":"States.Timeout"}""", Run.Details(timedOut));
        Assert.Null(interpreter.WaitingTask(job.Request.TaskToken!));
    }

    [Fact]
    public void A_sync_task_times_out_after_TimeoutSeconds()
    {
        var (interpreter, clock) = Create("""
            {"StartAt":"Job","States":{"Job":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync","TimeoutSeconds":30,
              "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child"},"End":true}}}
            """);
        var commands = interpreter.Start();
        var deadline = Timer(commands);
        Assert.Equal(clock.Now.AddSeconds(30), deadline.Due);

        clock.Now = deadline.Due;
        interpreter.FireTimer(deadline.Id);

        Assert.Equal(ExecutionStatus.FAILED, interpreter.Status);
        Assert.Equal("States.Timeout", interpreter.Error);
    }

    [Fact]
    public async Task Every_attempt_evaluates_its_parameters_with_its_RetryCount()
    {
        var tasks = new ScriptedTaskHandler().Sequence("T", TaskResult.Failure("Boom", null), TaskResult.Failure("Boom", null), TaskResult.Success(JObject.Empty));
        var run = await Run.Execute("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"FunctionName":"f","retry.$":"$$.State.RetryCount"},
              "Retry":[{"ErrorEquals":["Boom"],"IntervalSeconds":1,"MaxAttempts":3}],"End":true}}}
            """, "{}", tasks);

        Run.AssertSucceeded(run);
        Assert.Equal([0, 1, 2], tasks.RequestsFor("T").Select(r => (int)((JNumber)((JObject)r.Parameters)["retry"]!).IntegerValue));
    }

    private static (Interpreter Interpreter, StepClock Clock) Create(string definition)
    {
        var clock = new StepClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/R", clock.Now, JObject.Empty, TaskTokens: Codec);
        return (new Interpreter(Run.Compile(definition), info, clock, new SeededEntropySource(1)), clock);
    }

    private static ExecutionCommand.InvokeTask Invocation(IReadOnlyList<ExecutionCommand> commands) =>
        Assert.Single(commands.OfType<ExecutionCommand.InvokeTask>());

    private static ExecutionCommand.StartTimer Timer(IReadOnlyList<ExecutionCommand> commands) =>
        Assert.Single(commands.OfType<ExecutionCommand.StartTimer>());
}
