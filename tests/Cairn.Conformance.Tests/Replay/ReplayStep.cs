namespace Cairn.Conformance.Tests.Replay;

/// <summary>
/// One recorded call of a unit. <see cref="Index"/> is what <c>from_step</c> refers to (the position in the test's
/// full trace for replay_steps, the position in <c>steps</c> for api-sequence units).
/// </summary>
public sealed record ReplayStep(
    int Index,
    string Service,
    string Operation,
    OrderedDictionary<string, object?> Parameters,
    bool ExpectError,
    string? Client,
    string? Account);
