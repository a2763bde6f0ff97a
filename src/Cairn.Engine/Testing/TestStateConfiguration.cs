namespace Cairn.Engine.Testing;

/// <summary>Where in its life the state under test is assumed to be (<c>stateConfiguration</c>).</summary>
public sealed class TestStateConfiguration
{
    /// <summary>How many times the retrier that matches the error has already retried.</summary>
    public int? RetrierRetryCount { get; init; }

    /// <summary>The state inside a Map or Parallel state that raised the mocked error.</summary>
    public string? ErrorCausedByState { get; init; }

    /// <summary>How many Map iterations failed.</summary>
    public int? MapIterationFailureCount { get; init; }

    /// <summary>The items a Map's ItemReader reads, as JSON text.</summary>
    public string? MapItemReaderData { get; init; }
}
