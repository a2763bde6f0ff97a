using Cairn.Asl.Model;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Server.Protocol;

namespace Cairn.Server.Executions;

/// <summary>
/// Express executions: run in memory with the same interpreter, waits at the server's time scale, nothing stored
/// (AWS keeps no history of them behind the API either). Background ones are cancelled when the
/// server stops.
/// </summary>
internal sealed class ExpressExecutions(StepFunctionsBackend backend, double timeScale) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public async Task<Interpreter> RunAsync(StartRequestReader start, StateMachine compiled, CancellationToken cancellationToken)
    {
        var interpreter = Create(start, compiled, out var clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        await new ExecutionRunner(backend.Tasks, clock).RunAsync(interpreter, linked.Token).ConfigureAwait(false);
        return interpreter;
    }

    public (string Arn, DateTimeOffset StartDate) StartInBackground(StartRequestReader start, StateMachine compiled)
    {
        var interpreter = Create(start, compiled, out var clock);
        _ = Task.Run(async () =>
        {
            try
            {
                await new ExecutionRunner(backend.Tasks, clock).RunAsync(interpreter, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The server is stopping; Express executions are not durable.
            }
        });
        return (interpreter.Info.ExecutionArn, interpreter.Info.StartTime);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private Interpreter Create(StartRequestReader start, StateMachine compiled, out ScaledClock clock)
    {
        clock = new ScaledClock(timeScale, backend.Time);
        var info = new ExecutionInfo(
            Arns.ExpressExecution(start.MachineArn, start.Name, Guid.NewGuid()),
            start.Name,
            start.Machine.Arn,
            start.Machine.Name,
            start.Machine.Revision.RoleArn,
            clock.GetUtcNow(),
            start.Input,
            start.MachineArn.Region,
            start.TestCase,
            InputText: start.InputText,
            IsExpress: true);
        return new Interpreter(compiled, info, clock, new RandomEntropySource());
    }
}
