namespace Cairn.Conformance.Tests.Replay;

/// <summary>
/// One snapshot key to compare: the object the test would have matched (<see cref="Observed"/>, rebuilt from
/// the replay), how to get the compared part out of it after normalisation, and the recorded value.
/// <see cref="Problem"/> is set when the object could not be rebuilt (e.g. a step failed that had to succeed).
/// </summary>
public sealed record MatchCheck(string Key, object? Observed, Func<object?, object?> Project, object? Expected, string? Problem);
