using Cairn.Asl.Model;
using Cairn.Engine.Arns;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Express executions, beside the durable host: the same interpreter, run in memory by
/// <see cref="ExecutionRunner"/> with waits at the time scale, nothing stored (AWS keeps no history
/// of them behind the API either): no history limit, but at most 5 minutes each, after which they
/// time out (<see cref="Asl.ServiceLimits.MaxExpressDurationSeconds"/>). StartSyncExecution runs one to its end; StartExecution of an
/// EXPRESS machine, and a task's StartExecution of one, start it in the background. Background ones
/// are cancelled when this is disposed: Express executions are not durable.
/// </summary>
public sealed class ExpressExecutions : IExpressExecutionRunner, IDisposable
{
    private readonly ExpressExecutionOptions _options;
    private readonly CancellationTokenSource _stopping = new();

    public ExpressExecutions(ExpressExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Runs an execution to its end (StartSyncExecution) and returns the finished interpreter.</summary>
    public async Task<Interpreter> RunAsync(ExecutionStartRequest request, CancellationToken cancellationToken)
    {
        var interpreter = Create(request, out var clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        await Runner(clock).RunAsync(interpreter, cancellationToken: linked.Token).ConfigureAwait(false);
        return interpreter;
    }

    /// <summary>Starts an execution and returns at once: the execution as started (RUNNING) and as it ends.</summary>
    public ExpressExecutionStart StartInBackground(ExecutionStartRequest request)
    {
        var interpreter = Create(request, out var clock);
        var started = new ExecutionRecord(
            interpreter.Info.ExecutionArn, request.Machine.Arn, request.Machine.Revision.RevisionId, request.Name, request.Machine.Revision.RoleArn,
            interpreter.Info.StartTime, request.InputText, EntropySeed: 0, TestCase: request.TestCase,
            StateMachineVersionArn: request.StateMachineVersionArn, StateMachineAliasArn: request.StateMachineAliasArn);
        var run = Task.Run(() => Runner(clock).RunAsync(interpreter, cancellationToken: _stopping.Token));
        return new ExpressExecutionStart(started, Ended(started, interpreter, run));
    }

    /// <summary>A task's StartExecution of an EXPRESS machine.</summary>
    public ExpressExecutionStart Start(NestedExecutionTarget target, string name, JValue input, string inputText, StateMachine compiled)
    {
        var machine = target.Machine;
        return StartInBackground(new ExecutionStartRequest(
            machine, compiled, StatesArn.Parse(machine.Arn).ExpressExecution(name, Guid.NewGuid()), name, input, inputText,
            StateMachineVersionArn: target.VersionArn, StateMachineAliasArn: target.AliasArn));
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

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

    /// <summary>Express executions keep no history (AWS has none behind the API), so none builds up in memory.</summary>
    private ExecutionRunner Runner(ScaledClock clock) => new(_options.Tasks, clock) { ForgetsHistory = true };

    private Interpreter Create(ExecutionStartRequest request, out ScaledClock clock)
    {
        clock = new ScaledClock(_options.TimeScale, _options.Time);
        var machineArn = StatesArn.Parse(request.Machine.Arn);
        var info = new ExecutionInfo(
            request.ExecutionArn,
            request.Name,
            request.Machine.Arn,
            request.Machine.Name,
            request.Machine.Revision.RoleArn,
            clock.GetUtcNow(),
            request.Input,
            machineArn.Region,
            request.TestCase,
            InputText: request.InputText,
            IsExpress: true);
        return new Interpreter(request.Compiled, info, clock, new RandomEntropySource());
    }
}
