using Cairn.Json;

namespace Cairn.Engine.Tasks;

/// <summary>One invocation of a Task state's resource.</summary>
/// <param name="Resource">The Task state's Resource ARN (e.g. <c>arn:aws:states:::lambda:invoke</c>).</param>
/// <param name="Parameters">The effective parameters (after InputPath and Parameters/Arguments).</param>
/// <param name="StateName">The Task state's name.</param>
/// <param name="StateMachineName">The name of the state machine the execution runs.</param>
/// <param name="ExecutionArn">The execution's ARN.</param>
/// <param name="InvocationIndex">Zero-based count of earlier invocations of this state in this execution (retries and Map iterations included).</param>
/// <param name="TestCase">The mock test case the execution was started with, if any.</param>
/// <param name="TaskToken">The attempt's task token, for activities, <c>.waitForTaskToken</c> and <c>.sync</c> resources.</param>
/// <param name="TimeoutSeconds">The state's effective TimeoutSeconds, if any.</param>
/// <param name="Context">What the host running the execution offers this invocation (submission, nested executions); null outside a durable host.</param>
/// <param name="Purpose">What asks: a Task state, or a Distributed Map reading its items or writing its results.</param>
public sealed record TaskRequest(
    string Resource,
    JValue Parameters,
    string StateName,
    string StateMachineName,
    string ExecutionArn,
    int InvocationIndex,
    string? TestCase = null,
    string? TaskToken = null,
    int? TimeoutSeconds = null,
    ITaskContext? Context = null,
    TaskPurpose Purpose = TaskPurpose.TaskState);
