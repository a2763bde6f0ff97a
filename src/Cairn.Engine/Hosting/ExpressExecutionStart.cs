using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// An Express execution as started (<see cref="Execution"/>, RUNNING; its ARN is an
/// <c>:express:</c> one) and the execution as it ended (<see cref="Ended"/>: status, output or
/// error and cause, stop date; cancelled when the server stops first).
/// </summary>
public sealed record ExpressExecutionStart(ExecutionRecord Execution, Task<ExecutionRecord> Ended);
