using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Bench;

/// <summary>
/// One shared workload, compiled once. <see cref="Run"/> is the measured unit: a new interpreter,
/// one complete execution, full history kept in memory, as a host that stores history would do.
/// </summary>
public sealed class Workload
{
    private const string Region = "us-east-1";
    private const string Account = "123456789012";

    private static readonly bool[] IsStateEntered = BuildStateEnteredTable();

    private readonly StateMachine _machine;
    private readonly JValue _input;
    private readonly string _stateMachineArn;
    private readonly string _executionArn;

    private Workload(string name, StateMachine machine, JValue input, int expectedTransitions)
    {
        Name = name;
        _machine = machine;
        _input = input;
        ExpectedTransitions = expectedTransitions;
        _stateMachineArn = $"arn:aws:states:{Region}:{Account}:stateMachine:{name}";
        _executionArn = $"arn:aws:states:{Region}:{Account}:execution:{name}:bench";
    }

    public string Name { get; }

    /// <summary>States entered per execution, as the workloads README states it.</summary>
    public int ExpectedTransitions { get; }

    public static Workload Compile(string name, string definitionText, string inputText, int expectedTransitions)
    {
        var machine = StateMachineCompiler.TryCompile(definitionText, ValidationOptions.Standard, out var diagnostics)
            ?? throw new InvalidDataException($"{name}: definition does not compile: {string.Join("; ", diagnostics.Select(d => $"{d.Code} {d.Message}"))}");

        // Parsed once: values are immutable, and the other implementation is also handed a parsed object.
        return new Workload(name, machine, JValue.Parse(inputText), expectedTransitions);
    }

    /// <summary>Runs one complete execution and returns the finished interpreter.</summary>
    public Interpreter Run()
    {
        var info = new ExecutionInfo(_executionArn, "bench", _stateMachineArn, Name, $"arn:aws:iam::{Account}:role/bench", TimeProvider.System.GetUtcNow(), _input, Region);
        var interpreter = new Interpreter(_machine, info, TimeProvider.System, new SeededEntropySource(42));
        var commands = interpreter.Apply(InterpreterInput.Start(info.StartTime)).Commands;
        if (commands.Count != 0)
        {
            // These workloads have no Task or Wait states; a command means the workload changed.
            throw new InvalidOperationException($"{Name}: the execution asked for {commands.Count} command(s); the benchmark only runs pure workloads");
        }

        return interpreter;
    }

    /// <summary>
    /// Runs once and checks the outcome, so a benchmark never times a failing execution.
    /// Returns the execution's output as JSON text, so other implementations' answers can be compared.
    /// </summary>
    public string Verify()
    {
        var interpreter = Run();
        if (interpreter.Status != ExecutionStatus.SUCCEEDED)
        {
            throw new InvalidOperationException($"{Name}: execution ended {interpreter.Status} ({interpreter.Error}: {interpreter.Cause})");
        }

        var transitions = CountTransitions(interpreter.History);
        if (transitions != ExpectedTransitions)
        {
            throw new InvalidOperationException($"{Name}: {transitions} states entered, the workloads README says {ExpectedTransitions}");
        }

        return interpreter.Output?.ToJson() ?? "null";
    }

    public static int CountTransitions(IReadOnlyList<HistoryEvent> history)
    {
        var count = 0;
        foreach (var e in history)
        {
            if (IsStateEntered[(int)e.Type])
            {
                count++;
            }
        }

        return count;
    }

    // "A state transition is one state entered": every *StateEntered event type, whatever the state type.
    private static bool[] BuildStateEnteredTable()
    {
        var types = Enum.GetValues<HistoryEventType>();
        var table = new bool[types.Max(t => (int)t) + 1];
        foreach (var type in types)
        {
            table[(int)type] = type.ToString().EndsWith("StateEntered", StringComparison.Ordinal);
        }

        return table;
    }
}
