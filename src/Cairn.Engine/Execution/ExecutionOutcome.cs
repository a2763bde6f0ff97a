using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>How an execution ended: reported by the step that ended it, and written with that step's batch.</summary>
public sealed record ExecutionOutcome(ExecutionStatus Status, DateTimeOffset StopDate, JValue? Output, string? Error, string? Cause);
