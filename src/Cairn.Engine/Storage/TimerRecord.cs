namespace Cairn.Engine.Storage;

/// <summary>A timer an execution waits on (Wait state, retry back-off, execution timeout).</summary>
public sealed record TimerRecord(string ExecutionArn, long TimerId, DateTimeOffset Due);
