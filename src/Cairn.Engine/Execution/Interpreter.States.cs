using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.Execution.States;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>The state loop: enter a state, run it, exit to the next, until the frame has to wait.</summary>
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

            // A Map starts its iterations (MapIterationStarted each) before any enters its first
            // state: a begun iteration runs after those already waiting to begin.
            if (Info.LogFormat >= LogFormat.ConcurrentMapIterations)
            {
                if (Status == ExecutionStatus.RUNNING)
                {
                    _ready.Enqueue(frame);
                }

                return;
            }
        }

        while (frame.Phase == FramePhase.Enter && Status == ExecutionStatus.RUNNING)
        {
            if (YieldsBefore(frame))
            {
                return;
            }

            var state = frame.Current;
            // A first state (of the machine or of a Parallel branch) that receives the execution
            // input untouched reports it exactly as it was sent.
            var inputText = state == frame.Machine.StartState && ReferenceEquals(frame.Input, Info.Input)
                ? Info.InputText
                : null;
            frame.EnteredPreviousEventId = frame.LastEventId;
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
                var (next, output, assigned) = ChoiceRules.Choose(frame, choice, frame.Input);
                ExitTo(frame, choice, next, output, assigned);
                break;
            case WaitState wait:
                RunWait(frame, wait);
                break;
            case SucceedState when state.Jsonata is { } jsonata:
                CompleteJsonata(frame, state, jsonata, frame.Input);
                break;
            case SucceedState:
                Exit(frame, state, DataFlow.ApplyOutputPath(frame, state, DataFlow.ApplyInputPath(frame, state, frame.Input)), null);
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
        var effective = DataFlow.ApplyInputPath(frame, pass, frame.Input);
        JValue result = pass.Result ?? DataFlow.EffectiveParameters(frame, pass, pass.Handling, effective);
        Complete(frame, pass, pass.Handling, result);
    }

    private void RunFail(Frame frame, FailState fail)
    {
        var effective = DataFlow.ApplyInputPath(frame, fail, frame.Input);
        var error = fail.Error?.Resolve(effective, frame);
        var cause = fail.Cause?.Resolve(effective, frame);
        FailFrame(frame, DataFlow.TextOf(error), DataFlow.TextOf(cause));
    }

    /// <summary>
    /// Finishes a state that produced <paramref name="result"/>: ResultSelector, Assign,
    /// ResultPath, OutputPath (or JSONata's Output and Assign), then the exit event and the transition.
    /// </summary>
    private void Complete(Frame frame, State state, ResultHandling handling, JValue result)
    {
        if (state.Jsonata is { } jsonata)
        {
            CompleteJsonata(frame, state, jsonata, result);
            return;
        }

        var stages = DataFlow.ProcessResult(frame, state, handling, frame.Input, result);
        if (handling.ResultSelector is not null)
        {
            CheckPayload(stages.AfterResultSelector, state.Name);
        }

        Exit(frame, state, stages.Output, stages.Assigned);
    }

    private void CompleteJsonata(Frame frame, State state, JsonataHandling jsonata, JValue result)
    {
        var (output, assigned) = JsonataFlow.Completion(frame, state, jsonata, frame.Input, result);
        Exit(frame, state, output, assigned);
    }

    private void Exit(Frame frame, State state, JValue output, JObject? assigned)
    {
        if (state.Type == StateType.Succeed || state.IsEnd)
        {
            CheckStateOutput(frame, state, output, caught: false);
            SetVariables(frame, assigned);
            Record(frame, ExitedType(state.Type), new StateExitedEventDetails(state.Name, output, assigned));
            FinishFrame(frame, output);
            return;
        }

        ExitTo(frame, state, state.Next!, output, assigned);
    }

    /// <param name="caught">The state exits through a catcher: an output over the limit fails the frame instead of being caught again.</param>
    private void ExitTo(Frame frame, State state, State next, JValue output, JObject? assigned, bool caught = false)
    {
        if (!CheckStateOutput(frame, state, output, caught))
        {
            return;
        }

        SetVariables(frame, assigned);
        Record(frame, ExitedType(state.Type), new StateExitedEventDetails(state.Name, output, assigned));
        frame.MoveTo(next, output);
    }

    /// <summary>Makes the assignments a state evaluated; they take effect as it exits.</summary>
    private static void SetVariables(Frame frame, JObject? assigned)
    {
        if (assigned is null)
        {
            return;
        }

        foreach (var (name, variable) in assigned.Members)
        {
            frame.Variables.Set(name, variable);
        }
    }
}
