namespace Cairn.Engine.Hosting;

/// <summary>An activity task waiting for a worker: the task of an execution, its token and input.</summary>
public sealed record ActivityTask(string ExecutionArn, long TaskId, string TaskToken, string Input);
