using Cairn.Asl;
using Cairn.Engine.Tasks;

namespace Cairn.Integrations.Mocks;

/// <summary>
/// Answers Task states from a <see cref="MockConfig"/>: the response mapped to the state in the
/// execution's test case, picked by the state's zero-based invocation number (retries and Map
/// iterations included). <c>.waitForTaskToken</c> tasks complete with the mocked result at once,
/// as in Step Functions Local, so callback workflows run without a callback sender.
/// </summary>
/// <remarks>
/// Step Functions Local calls the real service for a state the test case does not mock; Cairn
/// has no real service to fall back to, so an unmocked invocation fails with
/// <see cref="UnmockedError"/> and a cause naming the state machine, test case, state and
/// invocation. AWS documents that an invocation without a mocked response fails the execution,
/// and <c>States.Runtime</c> is the predefined error with exactly that meaning: Retry and
/// Catch on <c>States.ALL</c> do not intercept it. A <c>States.TaskFailed</c> would instead be
/// caught by a workflow's own error handling, and a gap in the test would masquerade as a
/// passing "error handled" path.
/// </remarks>
public sealed class MockTaskHandler : ITaskHandler
{
    /// <summary>The error an invocation without a mocked response fails with.</summary>
    public const string UnmockedError = StatesErrors.Runtime;

    private readonly MockConfig _config;

    public MockTaskHandler(MockConfig config) => _config = config;

    public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Resolve(request));

    private TaskResult Resolve(TaskRequest request)
    {
        var where = $"state '{request.StateName}' of state machine '{request.StateMachineName}'";
        if (request.TestCase is null)
        {
            return Unmocked($"No mocked response for {where}: the execution was started without a test case.");
        }

        if (!_config.TryGetTestCase(request.StateMachineName, request.TestCase, out var testCase))
        {
            var reason = _config.HasStateMachine(request.StateMachineName)
                ? $"test case '{request.TestCase}' is not defined under StateMachines.{request.StateMachineName}.TestCases"
                : $"state machine '{request.StateMachineName}' is not listed under StateMachines";
            return Unmocked($"No mocked response for {where} in test case '{request.TestCase}': {reason} in the mock config.");
        }

        if (!testCase.TryGetResponse(request.StateName, out var response))
        {
            return Unmocked($"No mocked response for {where}: test case '{testCase.Name}' does not mock this state.");
        }

        if (!response.TryGetOutcome(request.InvocationIndex, out var outcome))
        {
            var answered = response.InvocationCount == 1 ? "invocation 0" : $"invocations 0-{response.InvocationCount - 1}";
            return Unmocked(
                $"No mocked response for {where} in test case '{testCase.Name}': mocked response '{response.Name}' " +
                $"answers {answered}, but this is invocation {request.InvocationIndex} (retries and Map iterations count).");
        }

        return outcome;
    }

    private static TaskResult Unmocked(string cause) => TaskResult.Failure(UnmockedError, cause);
}
