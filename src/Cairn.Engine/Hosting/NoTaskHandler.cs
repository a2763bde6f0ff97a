using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>The task handler when nothing is configured: every Task state fails, saying why.</summary>
public sealed class NoTaskHandler : ITaskHandler
{
    public static readonly NoTaskHandler Instance = new();

    public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TaskResult.Failure(
            Asl.StatesErrors.TaskFailed,
            $"No integration is configured for the resource '{request.Resource}' of the state '{request.StateName}'. Run with a mock configuration (--mock-config FILE --test-case NAME)."));
}
