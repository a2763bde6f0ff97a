using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Integrations.StepFunctions;
using Cairn.Json;

namespace Cairn.Integrations.Tests.StepFunctions;

/// <summary>The StartExecution integration against a fake host: what it asks for, and how it shapes AWS's answers.</summary>
public sealed class StartExecutionTaskHandlerTests
{
    private const string Child = "arn:aws:states:us-east-1:111111111111:stateMachine:statemachine_create_and_record_execution_66c006b3";

    [Fact]
    public async Task RequestResponseReportsTheStartAsTheServiceAnswersIt()
    {
        var host = new FakeContext();
        var result = await Invoke(host, "arn:aws:states:::states:startExecution", """{"StateMachineArn": "%CHILD%", "Name": "TestStartTarget", "Input": null}""");

        var output = (JObject)((TaskResult.Succeeded)result).Output;
        Assert.Equal(["ExecutionArn", "SdkHttpMetadata", "SdkResponseMetadata", "StartDate"], output.Keys);
        Assert.Equal("arn:aws:states:us-east-1:111111111111:execution:statemachine_create_and_record_execution_66c006b3:TestStartTarget", ((JString)output["ExecutionArn"]!).Value);
        Assert.Equal(1688128939123L, ((JNumber)output["StartDate"]!).IntegerValue);

        // The length of {"executionArn":"...","startDate":1.688128939123E9}, as AWS's recordings report it.
        var headers = (JObject)((JObject)output["SdkHttpMetadata"]!)["HttpHeaders"]!;
        Assert.Equal("161", ((JString)headers["Content-Length"]!).Value);
        Assert.Equal(((JString)((JObject)output["SdkResponseMetadata"]!)["RequestId"]!).Value, ((JString)headers["x-amzn-RequestId"]!).Value);

        var request = Assert.Single(host.Started);
        Assert.Equal("{}", request.InputText);
        Assert.False(request.StopWithParent);
        Assert.Empty(host.Submissions);
    }

    [Fact]
    public async Task SyncSubmitsThenReportsTheEndedExecution()
    {
        var host = new FakeContext { EndAs = e => e with { Status = ExecutionStatus.SUCCEEDED, Output = """{"Arg1":"argument1"}""", StopDate = e.StartDate.AddSeconds(1) } };
        var sync = await Invoke(host, "arn:aws:states:::states:startExecution.sync", """{"StateMachineArn": "%CHILD%", "Input": {"a": 1}}""");
        var sync2 = await Invoke(host, "arn:aws:states:::states:startExecution.sync:2", """{"StateMachineArn": "%CHILD%", "Input": "{\"a\":2}"}""");

        var text = (JObject)((TaskResult.Succeeded)sync).Output;
        Assert.Equal("""{"a":1}""", ((JString)text["Input"]!).Value);
        Assert.Equal("""{"Arg1":"argument1"}""", ((JString)text["Output"]!).Value);
        Assert.Equal("NOT_REDRIVABLE", ((JString)text["RedriveStatus"]!).Value);
        var json = (JObject)((TaskResult.Succeeded)sync2).Output;
        Assert.Equal(2L, ((JNumber)((JObject)json["Input"]!)["a"]!).IntegerValue);
        Assert.Equal("argument1", ((JString)((JObject)json["Output"]!)["Arg1"]!).Value);
        Assert.Equal(2, host.Submissions.Count);
        Assert.All(host.Started, r => Assert.True(r.StopWithParent));
    }

    [Fact]
    public async Task AFailedChildFailsTheTaskWithItsDescription()
    {
        var host = new FakeContext { EndAs = e => e with { Status = ExecutionStatus.FAILED, Error = "SomeFailure", Cause = "why", StopDate = e.StartDate } };
        var result = (TaskResult.Failed)await Invoke(host, "arn:aws:states:::states:startExecution.sync", """{"StateMachineArn": "%CHILD%"}""");

        Assert.Equal("States.TaskFailed", result.Error);
        var cause = (JObject)JValue.Parse(result.Cause!);
        Assert.Equal(["Cause", "Error", "ExecutionArn", "Input", "InputDetails", "Name", "RedriveCount", "RedriveStatus", "StartDate", "StateMachineArn", "Status", "StopDate"], cause.Keys);
        Assert.Equal("FAILED", ((JString)cause["Status"]!).Value);
    }

    [Fact]
    public async Task ServiceErrorsAreNamedAsEachIntegrationNamesThem()
    {
        var host = new FakeContext { Refuse = ("StateMachineDoesNotExist", $"State Machine Does Not Exist: '{Child}'") };
        var optimized = (TaskResult.Failed)await Invoke(host, "arn:aws:states:::states:startExecution", """{"StateMachineArn": "%CHILD%"}""");
        var sdk = (TaskResult.Failed)await Invoke(host, "arn:aws:states:::aws-sdk:sfn:startExecution", """{"StateMachineArn": "%CHILD%"}""");

        Assert.Equal("StepFunctions.StateMachineDoesNotExistException", optimized.Error);
        Assert.Matches(@"^State Machine Does Not Exist: '.+' \(Service: AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: [0-9a-f-]{36}; Proxy: null\)$", optimized.Cause);
        Assert.Equal("Sfn.StateMachineDoesNotExistException", sdk.Error);
        Assert.Matches(@"^State Machine Does Not Exist: '.+' \(Service: Sfn, Status Code: 400, Request ID: [0-9a-f-]{36}\) \(SDK Attempt Count: 1\)$", sdk.Cause);
    }

    [Fact]
    public async Task MissingStateMachineArnIsAValidationError()
    {
        var result = (TaskResult.Failed)await Invoke(new FakeContext(), "arn:aws:states:::states:startExecution", """{"Input": {}}""");

        Assert.Equal("StepFunctions.ValidationException", result.Error);
    }

    [Fact]
    public async Task AfterARestartASubmittedTaskWaitsForTheExecutionItStarted()
    {
        var host = new FakeContext { EndAs = e => e with { Status = ExecutionStatus.SUCCEEDED, Output = "{}" } };
        var first = await Invoke(host, "arn:aws:states:::states:startExecution.sync:2", """{"StateMachineArn": "%CHILD%"}""");
        var again = new FakeContext { Submitted = host.Submissions[0], EndAs = host.EndAs, Known = host.Known };
        var second = await Invoke(again, "arn:aws:states:::states:startExecution.sync:2", """{"StateMachineArn": "%CHILD%"}""");

        Assert.Empty(again.Started);
        Assert.Empty(again.Submissions);
        Assert.Equal(((TaskResult.Succeeded)first).Output.ToJson(), ((TaskResult.Succeeded)second).Output.ToJson());
    }

    private static ValueTask<TaskResult> Invoke(FakeContext host, string resource, string parameters) =>
        new StartExecutionTaskHandler().InvokeAsync(
            new TaskRequest(resource, JValue.Parse(parameters.Replace("%CHILD%", Child, StringComparison.Ordinal)), "Start", "parent", "arn:aws:states:us-east-1:111111111111:execution:parent:run", 0, Context: host),
            CancellationToken.None);

    private sealed class FakeContext : ITaskContext
    {
        public List<NestedExecutionRequest> Started { get; } = new();

        /// <summary>What the handler reported with SubmitAsync.</summary>
        public List<JValue> Submissions { get; } = new();

        public Dictionary<string, ExecutionRecord> Known { get; init; } = new();

        public (string Code, string Message)? Refuse { get; init; }

        public Func<ExecutionRecord, ExecutionRecord> EndAs { get; init; } = e => e;

        /// <summary>What the invocation had submitted before a restart.</summary>
        public JValue? Submitted { get; init; }

        public Task SubmitAsync(JValue output)
        {
            Submissions.Add(output);
            return Task.CompletedTask;
        }

        public Task<NestedExecutionStart> StartExecutionAsync(NestedExecutionRequest request)
        {
            Started.Add(request);
            if (Refuse is { } refuse)
            {
                return Task.FromResult(NestedExecutionStart.Failed(refuse.Code, refuse.Message));
            }

            var name = request.Name ?? "TestStartTarget";
            var arn = request.StateMachineArn.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":" + name;
            var record = new ExecutionRecord(arn, request.StateMachineArn, "r1", name, "role", DateTimeOffset.FromUnixTimeMilliseconds(1688128939123), request.InputText, 1, null);
            Known[arn] = record;
            return Task.FromResult(NestedExecutionStart.Started(record));
        }

        public Task<ExecutionRecord> WhenEndedAsync(string executionArn, CancellationToken cancellationToken) =>
            Task.FromResult(EndAs(Known[executionArn]));
    }
}
