using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Integrations.Tests.Aws.Moto;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Integrations.Tests.Aws.Tasks;

/// <summary>Invokes service Task resources against moto, with a recording host context.</summary>
internal static class TaskCalls
{
    public static AwsTaskHandler Handler(AwsClientOptions? options = null) =>
        new(new AwsClient(options ?? MotoClients.Options(MotoServer.Shared))) { SyncPollInterval = TimeSpan.FromMilliseconds(100) };

    public static Task<TaskResult> InvokeAsync(string resource, string parameters, RecordingContext? context = null, AwsTaskHandler? handler = null, CancellationToken cancellationToken = default) =>
        (handler ?? Handler()).InvokeAsync(
            new TaskRequest(resource, JValue.Parse(parameters), "Task", "Machine", "arn:aws:states:us-east-1:123456789012:execution:Machine:e", 0, TaskToken: "token-1", Context: context),
            cancellationToken).AsTask();

    public static JObject Succeeded(TaskResult result) =>
        result is TaskResult.Succeeded { Output: JObject output } ? output : throw new Xunit.Sdk.XunitException($"expected success, got {result}");

    public static TaskResult.Failed Failed(TaskResult result) =>
        result as TaskResult.Failed ?? throw new Xunit.Sdk.XunitException($"expected a failure, got {result}");

    public static string Text(JValue? value) => value is JString s ? s.Value : throw new Xunit.Sdk.XunitException($"expected text, got {value?.ToJson() ?? "nothing"}");
}

/// <summary>A host context that records what the task submitted.</summary>
internal sealed class RecordingContext(JValue? submitted = null) : ITaskContext
{
    public JValue? Submitted { get; private set; } = submitted;

    public int Submissions { get; private set; }

    public Task SubmitAsync(JValue output)
    {
        Submitted = output;
        Submissions++;
        return Task.CompletedTask;
    }

    public Task<NestedExecutionStart> StartExecutionAsync(NestedExecutionRequest request) => throw new NotSupportedException();

    public Task<ExecutionRecord> WhenEndedAsync(string executionArn, CancellationToken cancellationToken) => throw new NotSupportedException();
}
