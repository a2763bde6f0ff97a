using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.Execution;
using Cairn.Engine.Execution.States;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// One run of a state under test. Each state type takes the steps the interpreter takes
/// (the same functions), recording the data after each step; errors go through the state's
/// Retry and Catch as they would in an execution, except that a retry is reported (RETRIABLE)
/// instead of waited for.
/// </summary>
internal sealed partial class StateTest
{
    private readonly TestTarget _target;
    private readonly JValue _input;
    private readonly DataScope _scope;
    private readonly Dictionary<string, JValue> _variables;
    private readonly TestMock? _mock;
    private readonly TestStateConfiguration? _configuration;
    private readonly Inspection _inspection;
    private readonly TimeProvider _clock;

    public StateTest(TestTarget target, JValue input, DataScope scope, Dictionary<string, JValue> variables, TestMock? mock, TestStateConfiguration? configuration, Inspection inspection, TimeProvider clock)
    {
        _target = target;
        _input = input;
        _scope = scope;
        _variables = variables;
        _mock = mock;
        _configuration = configuration;
        _inspection = inspection;
        _clock = clock;
    }

    /// <summary>What a Task state without a mock calls.</summary>
    public Tasks.ITaskHandler? Tasks { get; init; }

    /// <summary>The made-up execution's ARN, for the task request.</summary>
    public string ExecutionArn { get; init; } = string.Empty;

    private State State => _target.State;

    private bool IsJsonata => State.Jsonata is not null;

    public TestStateResponse Run()
    {
        _inspection.Input(_input);
        try
        {
            return State switch
            {
                PassState pass => RunPass(pass),
                ChoiceState choice => RunChoice(choice),
                WaitState wait => RunWait(wait),
                SucceedState succeed => RunSucceed(succeed),
                FailState fail => RunFail(fail),
                TaskState task => RunTask(task),
                MapState map => RunMap(map),
                ParallelState parallel => RunParallel(parallel),
                _ => throw new InvalidOperationException($"Unknown state type {State.Type}"),
            };
        }
        catch (StatesException e)
        {
            return HandleError(e.Error, e.Cause);
        }
    }

    /// <summary>The state ends with <paramref name="output"/>, after its assignments take effect.</summary>
    private TestStateResponse Succeeded(JValue output, JObject? assigned, string? nextState)
    {
        SetVariables(assigned);
        return Respond(TestExecutionStatus.SUCCEEDED, output, nextState, null, null);
    }

    /// <summary>
    /// The state failed: the first retrier that matches reports whether it would retry, then the
    /// first catcher that matches decides where the error output goes.
    /// </summary>
    private TestStateResponse HandleError(string? error, string? cause)
    {
        if (error is null)
        {
            return Respond(TestExecutionStatus.FAILED, null, null, error, cause);
        }

        var handling = ErrorRules.ErrorHandlingOf(State);
        var retrierIndex = ErrorRules.MatchingRetrier(handling, error);
        if (retrierIndex >= 0)
        {
            _inspection.RetryIndex(retrierIndex);
            var retrier = handling.Retry[retrierIndex];
            var attempt = _configuration?.RetrierRetryCount ?? 0;
            if (attempt < retrier.MaxAttempts)
            {
                _inspection.RetryBackoffIntervalSeconds((int)ErrorRules.RetryInterval(retrier, attempt));
                return Respond(TestExecutionStatus.RETRIABLE, null, null, error, cause);
            }
        }

        var catcherIndex = ErrorRules.MatchingCatcher(handling, error);
        if (catcherIndex < 0)
        {
            return Respond(TestExecutionStatus.FAILED, null, null, error, cause);
        }

        _inspection.CatchIndex(catcherIndex);
        var catcher = handling.Catch[catcherIndex];
        JValue output;
        JObject? assigned;
        try
        {
            (output, assigned) = ErrorRules.CatcherOutput(_scope, catcher, _input, ErrorRules.ErrorOutput(error, cause));
        }
        catch (StatesException e)
        {
            return Respond(TestExecutionStatus.FAILED, null, null, e.Error, e.Cause);
        }

        SetVariables(assigned);
        return Respond(TestExecutionStatus.CAUGHT_ERROR, output, catcher.NextName, error, cause);
    }

    private TestStateResponse Respond(TestExecutionStatus status, JValue? output, string? nextState, string? error, string? cause)
    {
        _inspection.Variables(JObject.Create(_variables));
        return new TestStateResponse
        {
            Status = status,
            Output = output is null ? null : TestStateJson.Write(output),
            NextState = nextState,
            Error = error,
            Cause = cause,
            InspectionData = _inspection.Data,
        };
    }

    private void SetVariables(JObject? assigned)
    {
        if (assigned is null)
        {
            return;
        }

        foreach (var (name, value) in assigned.Members)
        {
            _variables[name] = value;
        }
    }
}
