using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Integrations.Mocks;
using Cairn.Integrations.StepFunctions;

namespace Cairn.Integrations;

/// <summary>
/// Picks what answers a Task state: a mocked response when the execution's test case mocks the
/// state (as in Step Functions Local, mocks win), Step Functions itself for its StartExecution
/// integrations, AWS services (<paramref name="aws"/>: <c>aws-sdk:*</c> and the optimized
/// integrations) when configured, and <paramref name="fallback"/> for everything else.
/// </summary>
public sealed class TaskRouter(ITaskHandler fallback, MockConfig? mocks = null, TimeProvider? time = null, AwsTaskHandler? aws = null) : ITaskHandler
{
    private readonly StartExecutionTaskHandler _startExecution = new(time);

    public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        if (StartExecutionTaskHandler.PatternOf(request.Resource) is not null && !IsMocked(request))
        {
            return _startExecution.InvokeAsync(request, cancellationToken);
        }

        // AWS services: a branch of its own.
        if (aws is not null && AwsTaskHandler.Handles(request.Resource) && !IsMocked(request))
        {
            return aws.InvokeAsync(request, cancellationToken);
        }

        return fallback.InvokeAsync(request, cancellationToken);
    }

    private bool IsMocked(TaskRequest request) =>
        mocks is not null
        && request.TestCase is { } testCase
        && mocks.TryGetTestCase(request.StateMachineName, testCase, out var mocked)
        && mocked.TryGetResponse(request.StateName, out _);
}
