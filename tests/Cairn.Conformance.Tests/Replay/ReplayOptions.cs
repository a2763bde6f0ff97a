namespace Cairn.Conformance.Tests.Replay;

/// <summary>Knobs of the replay.</summary>
public sealed record ReplayOptions
{
    /// <summary>How long the <c>await</c> fixture polls for a terminal execution before going on.</summary>
    public TimeSpan AwaitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Remove the tests' <c>skip_snapshot_verify_paths</c> from both sides (what LocalStack verifies).</summary>
    public bool ApplySkipPaths { get; init; }

    /// <summary>Sets up what a unit needs beyond Step Functions (its <c>resources</c>) before it is replayed.</summary>
    public Action<ConformanceUnit>? Prepare { get; init; }

    /// <summary>Runs a fixture step the replayer does not know; false leaves the unit unsupported.</summary>
    public Func<ReplayStep, OrderedDictionary<string, object?>, bool>? Fixture { get; init; }

    /// <summary>
    /// Of the tests' skip paths, those removed from both sides even without
    /// <see cref="ApplySkipPaths"/> (e.g. the HTTP metadata of service integrations, which some
    /// recordings normalised under an older transformer set); empty: none.
    /// </summary>
    public IReadOnlySet<string> AlwaysSkip { get; init; } = new HashSet<string>();

    /// <summary>
    /// Rebuilds a match of what the services hold rather than Step Functions (e.g. kind
    /// <c>eventbridge_events</c>: the events EventBridge delivered to a queue), as a Python-shaped
    /// value; null (or no function) leaves the unit unsupported.
    /// </summary>
    public Func<ConformanceUnit, System.Text.Json.Nodes.JsonObject, object?>? ServiceMatch { get; init; }

    /// <summary>Current time for time-dependent units (tests can pin it).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;
}
