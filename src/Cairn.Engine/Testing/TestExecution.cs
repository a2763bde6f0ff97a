namespace Cairn.Engine.Testing;

/// <summary>The Express execution a state under test pretends to run in (its context object's identity).</summary>
internal sealed record TestExecution(
    string ExecutionArn,
    string ExecutionName,
    string StateMachineArn,
    string StateMachineName,
    string? RoleArn,
    DateTimeOffset StartTime);
