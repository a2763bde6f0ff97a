namespace Cairn.Integrations.Lambda;

/// <summary>The Task state whose invocation this was: the execution and the state's name.</summary>
public sealed record InvocationCaller(string ExecutionArn, string StateName);
