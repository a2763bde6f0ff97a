using Cairn.Asl.Model;
using Cairn.Engine.Execution;
using Cairn.Engine.Execution.States;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>Pass, Choice, Wait, Succeed, Fail and Task states under test.</summary>
internal sealed partial class StateTest
{
    private TestStateResponse RunPass(PassState pass)
    {
        if (pass.Jsonata is { } jsonata)
        {
            var (jsonataOutput, jsonataAssigned) = JsonataFlow.Completion(_scope, pass, jsonata, _input, _input);
            return Succeeded(jsonataOutput, jsonataAssigned, pass.NextName);
        }

        var effective = DataFlow.ApplyInputPath(_scope, pass, _input);
        JValue result;
        if (pass.Result is { } fixedResult)
        {
            result = fixedResult;
            _inspection.Result(result);
        }
        else
        {
            _inspection.AfterInputPath(effective);
            result = DataFlow.EffectiveParameters(_scope, pass, pass.Handling, effective);
            _inspection.AfterParameters(result);
        }

        return CompleteJsonPath(pass, pass.Handling, result);
    }

    private TestStateResponse RunChoice(ChoiceState choice)
    {
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(DataFlow.ApplyInputPath(_scope, choice, _input));
        }

        var (next, output, assigned) = ChoiceRules.Choose(_scope, choice, _input);
        return Succeeded(output, assigned, next.Name);
    }

    /// <summary>A Wait state's fields are evaluated and checked, but nothing waits.</summary>
    private TestStateResponse RunWait(WaitState wait)
    {
        var effective = DataFlow.ApplyInputPath(_scope, wait, _input);
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(effective);
        }

        WaitTiming.Due(_scope, wait, effective, _clock.GetUtcNow());
        var (output, assigned) = WaitTiming.Output(_scope, wait, effective);
        return Succeeded(output, assigned, wait.NextName);
    }

    private TestStateResponse RunSucceed(SucceedState succeed)
    {
        if (succeed.Jsonata is { } jsonata)
        {
            var (jsonataOutput, jsonataAssigned) = JsonataFlow.Completion(_scope, succeed, jsonata, _input, _input);
            return Succeeded(jsonataOutput, jsonataAssigned, null);
        }

        var effective = DataFlow.ApplyInputPath(_scope, succeed, _input);
        _inspection.AfterInputPath(effective);
        return Succeeded(DataFlow.ApplyOutputPath(_scope, succeed, effective), null, null);
    }

    private TestStateResponse RunFail(FailState fail)
    {
        var effective = DataFlow.ApplyInputPath(_scope, fail, _input);
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(effective);
        }

        var error = DataFlow.TextOf(fail.Error?.Resolve(effective, _scope));
        var cause = DataFlow.TextOf(fail.Cause?.Resolve(effective, _scope));
        return Respond(TestExecutionStatus.FAILED, null, null, error, cause);
    }

    /// <summary>A Task state's input is processed as in an execution; the mock stands for the service's answer.</summary>
    private TestStateResponse RunTask(TaskState task)
    {
        var effective = DataFlow.ApplyInputPath(_scope, task, _input);
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(effective);
        }

        var parameters = DataFlow.EffectiveParameters(_scope, task, task.Handling, effective);
        if (IsJsonata)
        {
            _inspection.AfterArguments(parameters);
        }
        else
        {
            _inspection.AfterParameters(parameters);
        }

        if (_mock is null)
        {
            return CallTask(task, parameters);
        }

        var mock = _mock;
        if (mock.ErrorOutput is { } failure)
        {
            return HandleError(failure.Error, failure.Cause);
        }

        _inspection.Result(mock.Result!);
        return Complete(task, task.Handling, mock.Result!);
    }

    /// <summary>A Task state without a mock calls its resource, as TestState does on AWS, and goes on with the answer.</summary>
    private TestStateResponse CallTask(TaskState task, JValue parameters)
    {
        var timeout = (int?)TaskSeconds.Resolve(_scope, _input, task.TimeoutSeconds);
        TaskSeconds.Resolve(_scope, _input, task.HeartbeatSeconds);
        var request = new Tasks.TaskRequest(task.Resource, parameters, task.Name, string.Empty, ExecutionArn, 0, TimeoutSeconds: timeout);
        var result = Tasks!.InvokeAsync(request, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        switch (result)
        {
            case Tasks.TaskResult.Failed failed:
                return HandleError(failed.Error, failed.Cause);
            case Tasks.TaskResult.Succeeded succeeded:
                _inspection.Result(succeeded.Output);
                return Complete(task, task.Handling, succeeded.Output);
            default:
                _inspection.Result(((Tasks.TaskResult.Submitted)result).Output);
                return Complete(task, task.Handling, ((Tasks.TaskResult.Submitted)result).Output);
        }
    }

    /// <summary>Finishes a state that produced <paramref name="result"/>, in either query language.</summary>
    private TestStateResponse Complete(State state, ResultHandling handling, JValue result)
    {
        if (state.Jsonata is { } jsonata)
        {
            var (output, assigned) = JsonataFlow.Completion(_scope, state, jsonata, _input, result);
            return Succeeded(output, assigned, state.NextName);
        }

        return CompleteJsonPath(state, handling, result);
    }

    private TestStateResponse CompleteJsonPath(State state, ResultHandling handling, JValue result)
    {
        var stages = DataFlow.ProcessResult(_scope, state, handling, _input, result);
        _inspection.AfterResultSelector(stages.AfterResultSelector);
        _inspection.AfterResultPath(stages.AfterResultPath);
        return Succeeded(stages.Output, stages.Assigned, state.NextName);
    }
}
