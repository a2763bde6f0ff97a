using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.Arns;
using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Rebuilding a durable execution from its log: the interpreter a stored execution gets (its
/// identity, entropy seed and log format from the record), and its logged inputs applied again in
/// order, each at its logged time. The interpreter is a pure function of these, so the steps are
/// the ones the execution took, by any later build: the golden logs in the tests check that.
/// </summary>
public static class LogReplay
{
    /// <summary>The interpreter of a stored execution, before its first input, and the clock its steps read.</summary>
    /// <param name="record">The execution as stored.</param>
    /// <param name="machine">The compiled revision it runs.</param>
    /// <param name="taskTokens">Seals its task tokens.</param>
    /// <param name="clock">The clock its steps read, set to each input's time.</param>
    /// <param name="input">Its input, when it is at hand already parsed (a new start); otherwise parsed from the record.</param>
    public static Interpreter NewInterpreter(ExecutionRecord record, StateMachine machine, TaskTokenCodec taskTokens, out StepClock clock, JValue? input = null)
    {
        if (!LogFormat.IsKnown(record.LogFormat))
        {
            throw new InvalidOperationException($"The log of {record.ExecutionArn} has format {record.LogFormat}, newer than this Cairn knows ({LogFormat.Current}).");
        }

        clock = new StepClock(record.StartDate);
        var machineArn = StatesArn.TryParse(record.StateMachineArn, out var parsed, out _) ? parsed : default;
        var info = new ExecutionInfo(
            record.ExecutionArn,
            record.Name,
            record.StateMachineArn,
            machineArn.Value is null ? record.StateMachineArn : machineArn.Name,
            record.RoleArn,
            record.StartDate,
            input ?? JValue.Parse(record.InputText),
            machineArn.Value is null ? "us-east-1" : machineArn.Region,
            record.TestCase,
            InputText: record.InputText,
            TaskTokens: taskTokens,
            LogFormat: record.LogFormat);
        return new Interpreter(machine, info, clock, new SeededEntropySource(record.EntropySeed));
    }

    /// <summary>
    /// Rebuilds a stored execution: a new interpreter, and the logged inputs applied to it in order,
    /// each at its time; <paramref name="onStep"/> sees each input and its step. A log written before
    /// log formats does not carry whether the activities existed: it is read from the execution's
    /// stored history (<paramref name="storedEvents"/>, read only then).
    /// </summary>
    public static Interpreter Replay(
        ExecutionRecord record,
        StateMachine machine,
        IReadOnlyList<InterpreterInput> inputs,
        TaskTokenCodec taskTokens,
        Func<IReadOnlyList<StoredEvent>> storedEvents,
        Action<InterpreterInput, StepResult>? onStep = null)
    {
        var interpreter = NewInterpreter(record, machine, taskTokens, out var clock);
        Apply(interpreter, clock, inputs, storedEvents, onStep);
        return interpreter;
    }

    /// <summary>Applies logged inputs to <paramref name="interpreter"/> (whose clock is <paramref name="clock"/>) in order, each at its time.</summary>
    public static void Apply(
        Interpreter interpreter,
        StepClock clock,
        IEnumerable<InterpreterInput> inputs,
        Func<IReadOnlyList<StoredEvent>> storedEvents,
        Action<InterpreterInput, StepResult>? onStep = null)
    {
        UnversionedActivityAnswers? answers = null;
        foreach (var logged in inputs)
        {
            var input = logged;
            if (interpreter.Info.LogFormat == LogFormat.Unversioned && input.MissingActivities is null && ActivityResources.Of(interpreter.Machine).Count > 0)
            {
                answers ??= new UnversionedActivityAnswers(interpreter.Machine, storedEvents());
                input = input with { MissingActivities = answers.MissingAfter(interpreter.History.Count) };
            }

            clock.Now = input.Time;
            var step = interpreter.Apply(input);
            onStep?.Invoke(logged, step);
        }
    }
}
