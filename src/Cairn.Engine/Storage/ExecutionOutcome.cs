using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

/// <summary>How an execution ended, written with the batch that ended it.</summary>
public sealed record ExecutionOutcome(ExecutionStatus Status, DateTimeOffset StopDate, string? Output, string? Error, string? Cause);
