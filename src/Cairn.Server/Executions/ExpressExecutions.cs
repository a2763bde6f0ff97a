using Cairn.Asl.Model;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Json;
using Cairn.Server.Protocol;

namespace Cairn.Server.Executions;

/// <summary>
/// Express executions: run in memory with the same interpreter, waits at the server's time scale, nothing stored
/// (AWS keeps no history of them behind the API either). Background ones are cancelled when the
/// server stops. They are also what the durable host runs when a task starts an EXPRESS state
/// machine (<see cref="IExpressExecutionRunner"/>).
/// </summary>
internal sealed class ExpressExecutions : IExpressExecutionRunner, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly StepFunctionsBackend _backend;
    private readonly double _timeScale;

    public ExpressExecutions(StepFunctionsBackend backend, double timeScale)
    {
        _backend = backend;
        _timeScale = timeScale;
    }

    public async Task<Interpreter> RunAsync(StartRequestReader start, StateMachine compiled, CancellationToken cancellationToken)
    {
        var interpreter = Create(start, compiled, out var clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        await new ExecutionRunner(_backend.Tasks, clock).RunAsync(interpreter, cancellationToken: linked.Token).ConfigureAwait(false);
        return interpreter;
    }

    public (string Arn, DateTimeOffset StartDate) StartInBackground(StartRequestReader start, StateMachine compiled)
    {
        var interpreter = Create(start, compiled, out var clock);
        _ = RunInBackground(interpreter, clock);
        return (interpreter.Info.ExecutionArn, interpreter.Info.StartTime);
    }

    public ExpressExecutionStart Start(NestedExecutionTarget target, string name, JValue input, string inputText)
    {
        var machine = target.Machine;
        var interpreter = Create(machine, Arns.Parse(machine.Arn), name, input, inputText, testCase: null, _backend.Compiled(machine), out var clock);
        var started = new ExecutionRecord(
            interpreter.Info.ExecutionArn, machine.Arn, machine.Revision.RevisionId, name, machine.Revision.RoleArn,
            interpreter.Info.StartTime, inputText, EntropySeed: 0, TestCase: null,
            StateMachineVersionArn: target.VersionArn, StateMachineAliasArn: target.AliasArn);
        return new ExpressExecutionStart(started, Ended(started, interpreter, RunInBackground(interpreter, clock)));
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    /// <summary>Runs an execution to its end, or until the server stops (the task is then cancelled: Express executions are not durable).</summary>
    private Task RunInBackground(Interpreter interpreter, ScaledClock clock) =>
        Task.Run(() => new ExecutionRunner(_backend.Tasks, clock).RunAsync(interpreter, cancellationToken: _stopping.Token));

    private static async Task<ExecutionRecord> Ended(ExecutionRecord started, Interpreter interpreter, Task run)
    {
        await run.ConfigureAwait(false);
        return started with
        {
            Status = interpreter.Status,
            StopDate = interpreter.StopDate,
            Output = interpreter.Output?.ToJson(),
            Error = interpreter.Error,
            Cause = interpreter.Cause,
        };
    }

    private Interpreter Create(StartRequestReader start, StateMachine compiled, out ScaledClock clock) =>
        Create(start.Machine, start.MachineArn, start.Name, start.Input, start.InputText, start.TestCase, compiled, out clock);

    private Interpreter Create(StateMachineRecord machine, ParsedArn machineArn, string name, JValue input, string inputText, string? testCase, StateMachine compiled, out ScaledClock clock)
    {
        clock = new ScaledClock(_timeScale, _backend.Time);
        var info = new ExecutionInfo(
            Arns.ExpressExecution(machineArn, name, Guid.NewGuid()),
            name,
            machine.Arn,
            machine.Name,
            machine.Revision.RoleArn,
            clock.GetUtcNow(),
            input,
            machineArn.Region,
            testCase,
            InputText: inputText,
            IsExpress: true);
        return new Interpreter(compiled, info, clock, new RandomEntropySource());
    }
}
