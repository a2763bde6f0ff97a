using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Runs the Express executions that tasks of durable executions start (Step Functions'
/// <c>states:startExecution</c> on an EXPRESS state machine) the way Express executions run: in
/// memory, nothing logged, no history kept. <see cref="ExpressExecutions"/> is the one implementation.
/// </summary>
public interface IExpressExecutionRunner
{
    /// <summary>Starts an Express execution of <paramref name="target"/> (compiled as <paramref name="compiled"/>) named <paramref name="name"/> and returns at once.</summary>
    ExpressExecutionStart Start(NestedExecutionTarget target, string name, JValue input, string inputText, StateMachine compiled);
}
