namespace Cairn.Asl.Model;

/// <summary>The Retry and Catch lists of a Task, Parallel or Map state.</summary>
public sealed record ErrorHandling(IReadOnlyList<Retrier> Retry, IReadOnlyList<Catcher> Catch)
{
    public static readonly ErrorHandling None = new(Array.Empty<Retrier>(), Array.Empty<Catcher>());
}
