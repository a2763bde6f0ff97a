namespace Cairn.Engine.Execution;

/// <summary>A redrive, reported by the step that redrove the execution and written with its batch: the execution runs again, redriven <paramref name="RedriveCount"/> times, the last at <paramref name="RedriveDate"/>.</summary>
public sealed record ExecutionRedrive(int RedriveCount, DateTimeOffset RedriveDate);
