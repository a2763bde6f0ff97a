using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Server.Callbacks;

/// <summary>
/// The task handler of <c>cairn serve</c> without a mock configuration. A <c>.waitForTaskToken</c>
/// task has no service to deliver its request to, so it is recorded as submitted (TaskSubmitted
/// with an empty answer) and waits for SendTaskSuccess, SendTaskFailure or its time limits: a
/// worker finds the token where the state put it, in the TaskScheduled parameters of the
/// execution's history. Every other task fails as <see cref="NoTaskHandler"/> explains.
/// </summary>
internal sealed class LocalCallbackTaskHandler : ITaskHandler
{
    public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) =>
        request.Resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal)
            ? ValueTask.FromResult(TaskResult.Submission(request.Context?.Submitted ?? JObject.Empty))
            : NoTaskHandler.Instance.InvokeAsync(request, cancellationToken);
}
