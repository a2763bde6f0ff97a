using Cairn.Engine.Tasks;

namespace Cairn.Integrations.Mocks;

/// <summary>
/// One entry of a mocked response: the inclusive, zero-based invocation numbers it answers
/// (<c>"3"</c> is 3..3, <c>"1-2"</c> is 1..2) and the outcome it gives each of them.
/// </summary>
/// <param name="First">The first invocation number answered.</param>
/// <param name="Last">The last invocation number answered (inclusive).</param>
/// <param name="Outcome">A success (from <c>Return</c>) or a failure (from <c>Throw</c>).</param>
public sealed record MockedInvocationRange(int First, int Last, TaskResult Outcome)
{
    public bool Contains(int invocation) => invocation >= First && invocation <= Last;

    /// <summary>The range as the configuration file writes it.</summary>
    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}
