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

    /// <summary>The last step's result.</summary>
    public StepResult LastStep { get; private set; } = StepResult.Nothing;

    /// <summary>The Map Run a step last reported, as it reported it.</summary>
    public MapRunRecord MapRun => _latest.Last();

    private readonly List<MapRunRecord> _latest = new();

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
        LastStep = Interpreter.Apply(input);
        _latest.AddRange(LastStep.MapRuns);
        return LastStep.Commands;
    }

    public IReadOnlyList<ExecutionCommand> Start() => Apply(InterpreterInput.Start);

    public IReadOnlyList<ExecutionCommand> Redrive() => Apply(t => InterpreterInput.Redrive(t, null));

    public IReadOnlyList<ExecutionCommand> Succeed(ExecutionCommand command, string output) =>
        Apply(t => InterpreterInput.TaskCompleted(t, ((ExecutionCommand.InvokeTask)command).Id, TaskResult.Success(JValue.Parse(output))));

    public IReadOnlyList<ExecutionCommand> Fail(ExecutionCommand command) =>
        Apply(t => InterpreterInput.TaskCompleted(t, ((ExecutionCommand.InvokeTask)command).Id, TaskResult.Failure("Boom", "it broke")));

    /// <summary>Applies the logged inputs to a fresh interpreter; also returns the Map Runs as its steps last reported them.</summary>
    public (Interpreter Interpreter, IReadOnlyCollection<MapRunRecord> MapRuns) Replay()
    {
        var clock = new StepClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var replayed = NewInterpreter(clock);
        var mapRuns = new Dictionary<string, MapRunRecord>(StringComparer.Ordinal);
        foreach (var input in Log)
        {
            clock.Now = input.Time;
            Track(mapRuns, replayed.Apply(input));
        }

        return (replayed, mapRuns.Values);
    }

    private static void Track(Dictionary<string, MapRunRecord> mapRuns, StepResult step)
    {
        foreach (var run in step.MapRuns)
        {
            mapRuns[run.MapRunArn] = run;
        }
    }
}
