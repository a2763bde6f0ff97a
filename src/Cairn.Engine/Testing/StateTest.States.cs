using Cairn.Asl.Model;
using Cairn.Engine.Execution;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>Pass, Choice, Wait, Succeed, Fail and Task states under test.</summary>
internal sealed partial class StateTest
{
    private TestStateResponse RunPass(PassState pass)
    {
        if (pass.Jsonata is { } jsonata)
        {
            var (jsonataOutput, jsonataAssigned) = Interpreter.JsonataCompletion(_scope, pass, jsonata, _input, _input);
            return Succeeded(jsonataOutput, jsonataAssigned, pass.NextName);
        }

        var effective = Interpreter.ApplyInputPath(_scope, pass, _input);
        JValue result;
        if (pass.Result is { } fixedResult)
        {
            result = fixedResult;
            _inspection.Result(result);
        }
        else
        {
            _inspection.AfterInputPath(effective);
            result = Interpreter.EffectiveParameters(_scope, pass, pass.Handling, effective);
            _inspection.AfterParameters(result);
        }

        return CompleteJsonPath(pass, pass.Handling, result);
    }

    private TestStateResponse RunChoice(ChoiceState choice)
    {
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(Interpreter.ApplyInputPath(_scope, choice, _input));
        }

        var (next, output, assigned) = Interpreter.Choose(_scope, choice, _input);
        return Succeeded(output, assigned, next.Name);
    }

    /// <summary>A Wait state's fields are evaluated and checked, but nothing waits.</summary>
    private TestStateResponse RunWait(WaitState wait)
    {
        var effective = Interpreter.ApplyInputPath(_scope, wait, _input);
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(effective);
        }

        Interpreter.WaitDue(_scope, wait, effective, _clock.GetUtcNow());
        var (output, assigned) = Interpreter.WaitOutput(_scope, wait, effective);
        return Succeeded(output, assigned, wait.NextName);
    }

    private TestStateResponse RunSucceed(SucceedState succeed)
    {
        if (succeed.Jsonata is { } jsonata)
        {
            var (jsonataOutput, jsonataAssigned) = Interpreter.JsonataCompletion(_scope, succeed, jsonata, _input, _input);
            return Succeeded(jsonataOutput, jsonataAssigned, null);
        }

        var effective = Interpreter.ApplyInputPath(_scope, succeed, _input);
        _inspection.AfterInputPath(effective);
        return Succeeded(Interpreter.ApplyOutputPath(_scope, succeed, effective), null, null);
    }

    private TestStateResponse RunFail(FailState fail)
    {
        var effective = Interpreter.ApplyInputPath(_scope, fail, _input);
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(effective);
        }

        var error = Interpreter.TextOf(fail.Error?.Resolve(effective, _scope));
        var cause = Interpreter.TextOf(fail.Cause?.Resolve(effective, _scope));
        return Respond(TestExecutionStatus.FAILED, null, null, error, cause);
    }

    /// <summary>A Task state's input is processed as in an execution; the mock stands for the service's answer.</summary>
    private TestStateResponse RunTask(TaskState task)
    {
        var effective = Interpreter.ApplyInputPath(_scope, task, _input);
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(effective);
        }

        var parameters = Interpreter.EffectiveParameters(_scope, task, task.Handling, effective);
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
        var timeout = task.TimeoutSeconds?.Resolve(_input, _scope) is JNumber seconds ? (int?)seconds.IntegerValue : null;
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
            var (output, assigned) = Interpreter.JsonataCompletion(_scope, state, jsonata, _input, result);
            return Succeeded(output, assigned, state.NextName);
        }

        return CompleteJsonPath(state, handling, result);
    }

    private TestStateResponse CompleteJsonPath(State state, ResultHandling handling, JValue result)
    {
        var stages = Interpreter.ProcessResult(_scope, state, handling, _input, result);
        _inspection.AfterResultSelector(stages.AfterResultSelector);
        _inspection.AfterResultPath(stages.AfterResultPath);
        return Succeeded(stages.Output, stages.Assigned, state.NextName);
    }
}
