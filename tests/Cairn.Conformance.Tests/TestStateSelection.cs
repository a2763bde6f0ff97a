using Cairn.Conformance.Tests.Replay;

namespace Cairn.Conformance.Tests;

/// <summary>The pure-engine TestState units of the recorded corpus, split by query language, and their known-failures lists.</summary>
public static class TestStateSelection
{
    public const string KnownFailuresFileName = "known-failures-test-state.txt";

    public const string JsonataKnownFailuresFileName = "known-failures-test-state-jsonata.txt";

    /// <summary>The pure-engine test_state units without JSONata.</summary>
    public static ConformanceSelection JsonPath { get; } = new() { UnitTypes = new HashSet<string> { "test_state" } };

    /// <summary>The pure-engine test_state units with JSONata.</summary>
    public static ConformanceSelection Jsonata { get; } = JsonPath with { Jsonata = true };
}
