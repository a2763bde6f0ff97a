using Cairn.Asl.Data;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests.Redrive;

/// <summary>An interpreter whose inputs are also logged, so a replay can be compared with it.</summary>
internal sealed class RedriveDriver
{
    private readonly StepClock _clock;

    public RedriveDriver(string definition, string input = "{}")
    {
        Definition = definition;
        InputText = input;
        _clock = new StepClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        Interpreter = NewInterpreter(_clock);
    }

    public string Definition { get; }

    public string InputText { get; }

    public Interpreter Interpreter { get; }

    public List<InterpreterInput> Log { get; } = new();

    public Interpreter NewInterpreter(StepClock clock)
    {
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/R", clock.Now, JValue.Parse(InputText));
        return new Interpreter(Run.Compile(Definition), info, clock, new SeededEntropySource(7));
    }

    public IReadOnlyList<ExecutionCommand> Apply(Func<DateTimeOffset, InterpreterInput> make)
    {
        _clock.Now = _clock.Now.AddSeconds(1);
        var input = make(_clock.Now);
        Log.Add(input);
        return input.ApplyTo(Interpreter);
    }

    public IReadOnlyList<ExecutionCommand> Start() => Apply(InterpreterInput.Start);

    public IReadOnlyList<ExecutionCommand> Redrive() => Apply(t => InterpreterInput.Redrive(t, null));

    public IReadOnlyList<ExecutionCommand> Succeed(ExecutionCommand command, string output) =>
        Apply(t => InterpreterInput.TaskCompleted(t, ((ExecutionCommand.InvokeTask)command).Id, TaskResult.Success(JValue.Parse(output))));

    public IReadOnlyList<ExecutionCommand> Fail(ExecutionCommand command) =>
        Apply(t => InterpreterInput.TaskCompleted(t, ((ExecutionCommand.InvokeTask)command).Id, TaskResult.Failure("Boom", "it broke")));

    /// <summary>Applies the logged inputs to a fresh interpreter.</summary>
    public Interpreter Replay()
    {
        var clock = new StepClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var replayed = NewInterpreter(clock);
        foreach (var input in Log)
        {
            clock.Now = input.Time;
            input.ApplyTo(replayed);
        }

        return replayed;
    }
}
