namespace Cairn.Asl.Model;

/// <summary>A Retry entry.</summary>
public sealed record Retrier(
    IReadOnlyList<string> ErrorEquals,
    double IntervalSeconds,
    int MaxAttempts,
    double BackoffRate,
    int? MaxDelaySeconds,
    JitterStrategy JitterStrategy,
    string? Comment)
{
    public bool Matches(string error) => ErrorMatching.Matches(ErrorEquals, error);
}

public enum JitterStrategy
{
    NONE,
    FULL,
}
