using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Support;

/// <summary>Compiles definitions and runs them at time scale 0 with fixed entropy.</summary>
public static class Run
{
    public const string ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:StateMachine:e1";
    public const string StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:StateMachine";

    public static StateMachine Compile(string definition)
    {
        var machine = StateMachineCompiler.TryCompile(definition, ValidationOptions.Standard, out var diagnostics);
        Assert.True(machine is not null, "Definition did not compile: " + string.Join("; ", diagnostics.Select(d => $"{d.Code} {d.Message} at {d.Location}")));
        return machine!;
    }

    public static LocalExecutionOptions Options(string? testCase = null, string stateMachineName = "StateMachine") => new()
    {
        TimeScale = 0,
        ExecutionName = "e1",
        Entropy = new SeededEntropySource(1),
        TestCase = testCase,
        StateMachineName = stateMachineName,
    };

    public static Task<Interpreter> Execute(string definition, string input = "{}", ITaskHandler? tasks = null, LocalExecutionOptions? options = null) =>
        LocalExecution.RunAsync(Compile(definition), JValue.Parse(input), tasks ?? new ScriptedTaskHandler(), options ?? Options());

    public static HistoryEventType[] Types(Interpreter interpreter) => interpreter.History.Select(e => e.Type).ToArray();

    public static HistoryEvent Single(Interpreter interpreter, HistoryEventType type) => Assert.Single(interpreter.History, e => e.Type == type);

    /// <summary>The details object of an event as GetExecutionHistory writes it.</summary>
    public static JObject Details(HistoryEvent e)
    {
        var json = e.ToJson();
        return (JObject)json[e.Details!.Key]!;
    }

    /// <summary>The output a state exited with (the last exit of that state).</summary>
    public static JValue ExitOutput(Interpreter interpreter, string state)
    {
        var exit = interpreter.History.Last(e => e.Details is StateExitedEventDetails d && d.Name == state);
        return ((StateExitedEventDetails)exit.Details!).Output;
    }

    public static JValue EnteredInput(Interpreter interpreter, string state)
    {
        var entered = interpreter.History.Last(e => e.Details is StateEnteredEventDetails d && d.Name == state);
        return ((StateEnteredEventDetails)entered.Details!).Input;
    }

    public static void AssertJson(string expected, JValue? actual)
    {
        Assert.NotNull(actual);
        Assert.True(JValue.Parse(expected).Equals(actual), $"Expected {expected} but was {actual!.ToJson()}");
    }

    public static void AssertSucceeded(Interpreter interpreter)
    {
        Assert.True(interpreter.Status == ExecutionStatus.SUCCEEDED, $"Status {interpreter.Status}: {interpreter.Error} {interpreter.Cause}");
    }
}
