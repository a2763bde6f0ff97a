using Cairn.Engine.Tasks;
using Cairn.Integrations.Mocks;
using Cairn.Integrations.StepFunctions;

namespace Cairn.Integrations;

/// <summary>
/// Picks what answers a Task state: a mocked response when the execution's test case mocks the
/// state (as in Step Functions Local, mocks win), Step Functions itself for its StartExecution
/// integrations, and <paramref name="fallback"/> for everything else.
/// </summary>
public sealed class TaskRouter(ITaskHandler fallback, MockConfig? mocks = null, TimeProvider? time = null) : ITaskHandler
{
    private readonly StartExecutionTaskHandler _startExecution = new(time);

    public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) =>
        StartExecutionTaskHandler.PatternOf(request.Resource) is not null && !IsMocked(request)
            ? _startExecution.InvokeAsync(request, cancellationToken)
            : fallback.InvokeAsync(request, cancellationToken);

    private bool IsMocked(TaskRequest request) =>
        mocks is not null
        && request.TestCase is { } testCase
        && mocks.TryGetTestCase(request.StateMachineName, testCase, out var mocked)
        && mocked.TryGetResponse(request.StateName, out _);
}
