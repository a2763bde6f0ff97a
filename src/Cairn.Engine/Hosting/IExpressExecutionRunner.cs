using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Runs the Express executions that tasks of durable executions start (Step Functions'
/// <c>states:startExecution</c> on an EXPRESS state machine) the way Express executions run: in
/// memory, nothing logged, no history kept.
/// </summary>
public interface IExpressExecutionRunner
{
    /// <summary>Starts an Express execution of <paramref name="target"/> named <paramref name="name"/> and returns at once.</summary>
    ExpressExecutionStart Start(NestedExecutionTarget target, string name, JValue input, string inputText);
}

/// <summary>
/// An Express execution as started (<see cref="Execution"/>, RUNNING; its ARN is an
/// <c>:express:</c> one) and the execution as it ended (<see cref="Ended"/>: status, output or
/// error and cause, stop date; cancelled when the server stops first).
/// </summary>
public sealed record ExpressExecutionStart(ExecutionRecord Execution, Task<ExecutionRecord> Ended);
