using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>The state loop: enter a state, run it, move on, until the frame has to wait.</summary>
public sealed partial class Interpreter
{
    private void Advance(Frame frame)
    {
        if (frame.Phase == FramePhase.BeginIteration)
        {
            if (!BeginIteration(frame))
            {
                return;
            }
        }

        while (frame.Phase == FramePhase.Enter && Status == ExecutionStatus.RUNNING)
        {
            var state = frame.Current;
            // A first state (of the machine or of a Parallel branch) that receives the execution
            // input untouched reports it exactly as it was sent.
            var inputText = state == frame.Machine.StartState && ReferenceEquals(frame.Input, Info.Input)
                ? Info.InputText
                : null;
            frame.EnteredEventId = Record(frame, EnteredType(state.Type), new StateEnteredEventDetails(state.Name, frame.Input, inputText));
            frame.EnteredTime = frame.Silent ? _clock.GetUtcNow() : _history[^1].Timestamp;
            try
            {
                RunState(frame, state);
            }
            catch (StatesException e)
            {
                RecordEvaluationFailed(frame, e, beforeChildren: true);
                HandleStateError(frame, e.Error, RuntimeCause(frame, e));
            }
        }
    }

    private void RunState(Frame frame, State state)
    {
        switch (state)
        {
            case PassState pass:
                RunPass(frame, pass);
                break;
            case ChoiceState choice:
                RunChoice(frame, choice);
                break;
            case WaitState wait:
                RunWait(frame, wait);
                break;
            case SucceedState when state.Jsonata is { } jsonata:
                CompleteJsonata(frame, state, jsonata, frame.Input);
                break;
            case SucceedState:
                Exit(frame, state, ApplyOutputPath(frame, state, ApplyInputPath(frame, state, frame.Input)), null);
                break;
            case FailState fail:
                RunFail(frame, fail);
                break;
            case TaskState task:
                RunTask(frame, task);
                break;
            case ParallelState parallel:
                RunParallel(frame, parallel);
                break;
            case MapState map:
                RunMap(frame, map);
                break;
        }
    }

    private void RunPass(Frame frame, PassState pass)
    {
        var effective = ApplyInputPath(frame, pass, frame.Input);
        JValue result = pass.Result ?? EffectiveParameters(frame, pass, pass.Handling, effective);
        Complete(frame, pass, pass.Handling, result);
    }

    private void RunChoice(Frame frame, ChoiceState choice)
    {
        var (next, output, assigned) = Choose(frame, choice, frame.Input);
        ExitTo(frame, choice, next, output, assigned);
    }

    /// <summary>
    /// The state a Choice state leads to, its output and its assignments: the first rule that
    /// holds, else the Default; neither is States.NoChoiceMatched.
    /// </summary>
    internal static (State Next, JValue Output, JObject? Assigned) Choose(IDataScope scope, ChoiceState choice, JValue input)
    {
        if (choice.Jsonata is { } jsonata)
        {
            return ChooseJsonata(scope, choice, jsonata, input);
        }

        var effective = ApplyInputPath(scope, choice, input);
        var choices = choice.Choices;
        for (var i = 0; i < choices.Count; i++)
        {
            var branch = choices[i];
            if (branch.Rule.Evaluate(effective, scope))
            {
                var assigned = Assign(scope, branch.Assign, effective);
                return (branch.Next, ApplyOutputPath(scope, choice, effective), assigned);
            }
        }

        if (choice.Default is null)
        {
            throw new StatesException(StatesErrors.NoChoiceMatched, $"No Matches!");
        }

        return (choice.Default, ApplyOutputPath(scope, choice, effective), Assign(scope, choice.Assign, effective));
    }

    private void RunFail(Frame frame, FailState fail)
    {
        var effective = ApplyInputPath(frame, fail, frame.Input);
        var error = fail.Error?.Resolve(effective, frame);
        var cause = fail.Cause?.Resolve(effective, frame);
        FailFrame(frame, TextOf(error), TextOf(cause));
    }

    /// <summary>
    /// What a Pass, Task or Parallel state works on: its JSONata Arguments (evaluated against the
    /// state input), its Parameters (against the effective input), or the effective input.
    /// </summary>
    internal static JValue EffectiveParameters(IDataScope scope, State state, ResultHandling handling, JValue effective) =>
        state.Jsonata is { } jsonata
            ? JsonataArguments(scope, jsonata, effective)
            : handling.Parameters is { } template ? template.Evaluate(effective, scope) : effective;

    internal static string? TextOf(JValue? value) => value switch
    {
        null => null,
        JString s => s.Value,
        _ => value.ToJson(),
    };

    /// <summary>
    /// Finishes a state that produced <paramref name="result"/>: ResultSelector, Assign,
    /// ResultPath, OutputPath, then the exit event and the transition.
    /// </summary>
    private void Complete(Frame frame, State state, ResultHandling handling, JValue result)
    {
        if (state.Jsonata is { } jsonata)
        {
            CompleteJsonata(frame, state, jsonata, result);
            return;
        }

        var stages = ProcessResult(frame, state, handling, frame.Input, result);
        Exit(frame, state, stages.Output, stages.Assigned);
    }

    private void Exit(Frame frame, State state, JValue output, JObject? assigned)
    {
        if (state.Type == StateType.Succeed || state.IsEnd)
        {
            SetVariables(frame, assigned);
            Record(frame, ExitedType(state.Type), new StateExitedEventDetails(state.Name, output, assigned));
            FinishFrame(frame, output);
            return;
        }

        ExitTo(frame, state, state.Next!, output, assigned);
    }

    private void ExitTo(Frame frame, State state, State next, JValue output, JObject? assigned)
    {
        SetVariables(frame, assigned);
        Record(frame, ExitedType(state.Type), new StateExitedEventDetails(state.Name, output, assigned));
        frame.MoveTo(next, output);
    }

    private static HistoryEventType EnteredType(StateType type) => type switch
    {
        StateType.Pass => HistoryEventType.PassStateEntered,
        StateType.Task => HistoryEventType.TaskStateEntered,
        StateType.Choice => HistoryEventType.ChoiceStateEntered,
        StateType.Wait => HistoryEventType.WaitStateEntered,
        StateType.Succeed => HistoryEventType.SucceedStateEntered,
        StateType.Fail => HistoryEventType.FailStateEntered,
        StateType.Parallel => HistoryEventType.ParallelStateEntered,
        _ => HistoryEventType.MapStateEntered,
    };

    private static HistoryEventType ExitedType(StateType type) => type switch
    {
        StateType.Pass => HistoryEventType.PassStateExited,
        StateType.Task => HistoryEventType.TaskStateExited,
        StateType.Choice => HistoryEventType.ChoiceStateExited,
        StateType.Wait => HistoryEventType.WaitStateExited,
        StateType.Succeed => HistoryEventType.SucceedStateExited,
        StateType.Parallel => HistoryEventType.ParallelStateExited,
        _ => HistoryEventType.MapStateExited,
    };
}
