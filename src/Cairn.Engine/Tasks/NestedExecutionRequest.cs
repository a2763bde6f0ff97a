using Cairn.Json;

namespace Cairn.Engine.Tasks;

/// <summary>An execution a task starts (StartExecution as a service integration).</summary>
/// <param name="StateMachineArn">The state machine to run.</param>
/// <param name="Name">The execution's name; null lets the host choose one (the same one again when the invocation is repeated after a restart).</param>
/// <param name="Input">The input.</param>
/// <param name="InputText">The input as the execution reports it.</param>
/// <param name="StopWithParent">Stop the execution when the invoking execution ends first (the task waits for it).</param>
public sealed record NestedExecutionRequest(string StateMachineArn, string? Name, JValue Input, string InputText, bool StopWithParent);
