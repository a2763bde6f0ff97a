using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// What a task's StartExecution runs once its StateMachineArn is resolved as the API resolves it:
/// the machine with the revision to run, and the version and alias it was reached through.
/// </summary>
public sealed record NestedExecutionTarget(StateMachineRecord Machine, string? VersionArn = null, string? AliasArn = null);

/// <summary>Resolves a StateMachineArn (machine, version or alias) as StartExecution does; null with the API error's code and message when it cannot.</summary>
public delegate NestedExecutionTarget? NestedTargetResolver(string stateMachineArn, out string? errorCode, out string? errorMessage);
