using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests;

public class ContextObjectTests
{
    [Fact]
    public async Task Exposes_execution_state_and_state_machine_details()
    {
        var run = await Run.Execute("""
            {"StartAt":"First","States":{
              "First":{"Type":"Wait","Seconds":30,"Next":"Ctx"},
              "Ctx":{"Type":"Pass","Parameters":{"ctx.$":"$$"},"End":true}}}
            """, """{"in":[1,2]}""");

        Run.AssertSucceeded(run);
        var ctx = (JObject)((JObject)run.Output!)["ctx"]!;
        var execution = (JObject)ctx["Execution"]!;
        Run.AssertJson($"\"{Run.ExecutionArn}\"", execution["Id"]);
        Run.AssertJson("\"e1\"", execution["Name"]);
        Run.AssertJson("""{"in":[1,2]}""", execution["Input"]);
        Run.AssertJson($"\"{TimeFormat.Iso(run.Info.StartTime)}\"", execution["StartTime"]);
        Run.AssertJson("\"arn:aws:iam::123456789012:role/StepFunctionsRole\"", execution["RoleArn"]);

        var state = (JObject)ctx["State"]!;
        Run.AssertJson("\"Ctx\"", state["Name"]);
        var entered = run.History.Single(e => e.Details is StateEnteredEventDetails d && d.Name == "Ctx");
        Run.AssertJson($"\"{TimeFormat.Iso(entered.Timestamp)}\"", state["EnteredTime"]);
        Assert.True(entered.Timestamp - run.History[0].Timestamp >= TimeSpan.FromSeconds(30));
        Assert.False(state.ContainsKey("RetryCount"));

        Run.AssertJson($$"""{"Id":"{{Run.StateMachineArn}}","Name":"StateMachine"}""", ctx["StateMachine"]);
        Assert.False(ctx.ContainsKey("Task"));
        Assert.False(ctx.ContainsKey("Map"));
    }

    [Fact]
    public async Task Task_states_see_their_retry_count()
    {
        var tasks = new ScriptedTaskHandler();
        var run = await Run.Execute("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"FunctionName":"f","state.$":"$$.State"},"End":true}}}
            """, "{}", tasks);

        Run.AssertSucceeded(run);
        var state = (JObject)((JObject)Assert.Single(tasks.Requests).Parameters)["state"]!;
        Run.AssertJson("\"T\"", state["Name"]);
        Run.AssertJson("0", state["RetryCount"]);
    }

    [Fact]
    public async Task WaitForTaskToken_resources_get_a_token_in_the_context_and_the_request()
    {
        var tasks = new ScriptedTaskHandler().Returns("Callback", """{"answer":42}""");
        var run = await Run.Execute("""
            {"StartAt":"Callback","States":{"Callback":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}
            """, "{}", tasks);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"answer":42}""", run.Output);
        var request = Assert.Single(tasks.Requests);
        Assert.False(string.IsNullOrEmpty(request.TaskToken));
        var body = (JObject)((JObject)request.Parameters)["MessageBody"]!;
        Run.AssertJson($"\"{request.TaskToken}\"", body["token"]);
        Assert.DoesNotContain('+', request.TaskToken!);
        Assert.DoesNotContain('/', request.TaskToken!);
    }

    [Fact]
    public async Task Each_callback_invocation_gets_a_fresh_token()
    {
        var tasks = new ScriptedTaskHandler();
        await Run.Execute("""
            {"StartAt":"A","States":{
              "A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},"Next":"B"},
              "B":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},"End":true}}}
            """, "{}", tasks);

        Assert.Equal(2, tasks.Requests.Count);
        Assert.NotEqual(tasks.Requests[0].TaskToken, tasks.Requests[1].TaskToken);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_task_token()
    {
        const string definition = """
            {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},"End":true}}}
            """;
        var first = new ScriptedTaskHandler();
        var second = new ScriptedTaskHandler();
        await Run.Execute(definition, "{}", first);
        await Run.Execute(definition, "{}", second);

        Assert.Equal(first.Requests[0].TaskToken, second.Requests[0].TaskToken);
    }
}
