namespace Cairn.Engine.Tasks;

/// <summary>
/// What a Task state calls: given the resource and the effective parameters, do the work and
/// report success (the result) or failure (an error name and cause). Implementations live in
/// Cairn.Integrations (mocks, Lambda, AWS services, ...).
/// </summary>
public interface ITaskHandler
{
    ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken);
}
