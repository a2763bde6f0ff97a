namespace Cairn.Conformance.Tests.Replay;

public enum UnitOutcome
{
    Passed,
    Failed,

    /// <summary>The harness cannot replay the unit (other services, unrebuildable matches); not counted as a failure.</summary>
    Unsupported,
}
