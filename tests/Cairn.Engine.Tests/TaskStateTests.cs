using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class TaskStateTests
{
    private const string Resource = "arn:aws:states:::lambda:invoke";

    [Fact]
    public async Task Success_sends_the_parameters_and_applies_ResultSelector_and_ResultPath()
    {
        var tasks = new ScriptedTaskHandler().Returns("T", """{"Payload":{"sum":3},"StatusCode":200}""");
        var run = await Run.Execute("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"FunctionName":"f","Payload":{"a.$":"$.a"}},
              "ResultSelector":{"s.$":"$.Payload.sum"},
              "ResultPath":"$.result",
              "End":true}}}
            """, """{"a":1}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"a":1,"result":{"s":3}}""", run.Output);
        var request = Assert.Single(tasks.Requests);
        Assert.Equal(Resource, request.Resource);
        Assert.Equal("T", request.StateName);
        Assert.Equal("StateMachine", request.StateMachineName);
        Assert.Equal(Run.ExecutionArn, request.ExecutionArn);
        Assert.Equal(0, request.InvocationIndex);
        Assert.Null(request.TaskToken);
        Run.AssertJson("""{"FunctionName":"f","Payload":{"a":1}}""", request.Parameters);
    }

    [Fact]
    public async Task Success_records_scheduled_started_and_succeeded_events()
    {
        var tasks = new ScriptedTaskHandler().Returns("T", """{"ok":true}""");
        var run = await Run.Execute("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"TimeoutSeconds":30,"End":true}}}
            """, "{}", tasks);

        Assert.Equal(
            new[]
            {
                HistoryEventType.ExecutionStarted, HistoryEventType.TaskStateEntered, HistoryEventType.TaskScheduled,
                HistoryEventType.TaskStarted, HistoryEventType.TaskSucceeded, HistoryEventType.TaskStateExited,
                HistoryEventType.ExecutionSucceeded,
            },
            Run.Types(run));
        var scheduled = Run.Details(Run.Single(run, HistoryEventType.TaskScheduled));
        Run.AssertJson("\"lambda\"", scheduled["resourceType"]);
        Run.AssertJson("\"invoke\"", scheduled["resource"]);
        Run.AssertJson("\"us-east-1\"", scheduled["region"]);
        Run.AssertJson("30", scheduled["timeoutInSeconds"]);
        Run.AssertJson("\"{\\\"FunctionName\\\":\\\"f\\\"}\"", scheduled["parameters"]);
        Assert.Equal(30, Assert.Single(tasks.Requests).TimeoutSeconds);
        var succeeded = Run.Details(Run.Single(run, HistoryEventType.TaskSucceeded));
        Run.AssertJson("\"{\\\"ok\\\":true}\"", succeeded["output"]);
    }

    [Fact]
    public async Task Failure_fails_the_execution_with_the_task_error()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Lambda.Unknown", "boom");
        var run = await Run.Execute("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}
            """, "{}", tasks);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("Lambda.Unknown", run.Error);
        Assert.Equal("boom", run.Cause);
        var failed = Run.Details(Run.Single(run, HistoryEventType.TaskFailed));
        Run.AssertJson("\"Lambda.Unknown\"", failed["error"]);
        Run.AssertJson("\"boom\"", failed["cause"]);
        Assert.DoesNotContain(run.History, e => e.Type == HistoryEventType.TaskStateExited);
    }

    [Fact]
    public async Task A_handler_that_throws_fails_the_task_with_States_TaskFailed()
    {
        var tasks = new ScriptedTaskHandler().On("T", _ => throw new InvalidOperationException("handler exploded"));
        var run = await Run.Execute("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}
            """, "{}", tasks);

        Assert.Equal("States.TaskFailed", run.Error);
        Assert.Equal("handler exploded", run.Cause);
    }

    [Fact]
    public async Task Without_Parameters_the_effective_input_is_sent()
    {
        var tasks = new ScriptedTaskHandler();
        var run = await Run.Execute("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","InputPath":"$.msg","End":true}}}
            """, """{"msg":{"QueueUrl":"q","MessageBody":"b"},"x":1}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"QueueUrl":"q","MessageBody":"b"}""", Assert.Single(tasks.Requests).Parameters);
    }

    [Fact]
    public async Task Lambda_function_arn_records_lambda_events()
    {
        var tasks = new ScriptedTaskHandler().Returns("T", "42");
        var run = await Run.Execute("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","End":true}}}
            """, """{"x":1}""", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("42", run.Output);
        Assert.Contains(HistoryEventType.LambdaFunctionScheduled, Run.Types(run));
        Assert.Contains(HistoryEventType.LambdaFunctionSucceeded, Run.Types(run));
        Assert.DoesNotContain(HistoryEventType.TaskScheduled, Run.Types(run));
    }
}
