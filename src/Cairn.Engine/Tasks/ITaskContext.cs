using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Tasks;

/// <summary>
/// What the host running an execution offers one task invocation: recording the task as
/// submitted (TaskSubmitted) before its outcome is known, and starting and awaiting other
/// executions on the execution's behalf (Step Functions' own <c>states:startExecution</c>).
/// </summary>
public interface ITaskContext
{
    /// <summary>
    /// What this invocation reported with <see cref="SubmitAsync"/> before the host restarted
    /// (the task is pending and being waited on); null when it was not submitted.
    /// </summary>
    JValue? Submitted { get; }

    /// <summary>Records TaskSubmitted with this output; completes once it is durable. An invocation is submitted once.</summary>
    Task SubmitAsync(JValue output);

    /// <summary>Starts an execution on behalf of the invoking execution.</summary>
    Task<NestedExecutionStart> StartExecutionAsync(NestedExecutionRequest request);

    /// <summary>Completes with the execution as stored once it has ended.</summary>
    Task<ExecutionRecord> WhenEndedAsync(string executionArn, CancellationToken cancellationToken);
}
