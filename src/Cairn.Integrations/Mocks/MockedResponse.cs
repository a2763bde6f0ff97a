using System.Diagnostics.CodeAnalysis;
using Cairn.Engine.Tasks;

namespace Cairn.Integrations.Mocks;

/// <summary>
/// A named entry of <c>MockedResponses</c>: what a mocked Task state answers on each of its
/// invocations. The ranges are sorted and cover 0..<see cref="InvocationCount"/>-1 without gaps
/// or overlaps (the loader enforces this).
/// </summary>
public sealed class MockedResponse
{
    private readonly MockedInvocationRange[] _ranges;

    internal MockedResponse(string name, MockedInvocationRange[] ranges)
    {
        Name = name;
        _ranges = ranges;
    }

    public string Name { get; }

    public IReadOnlyList<MockedInvocationRange> Ranges => _ranges;

    /// <summary>How many invocations this response answers; later ones have no answer.</summary>
    public int InvocationCount => _ranges[^1].Last + 1;

    /// <summary>
    /// The outcome for a zero-based invocation number. There is deliberately no "repeat the
    /// last entry" fallback: AWS documents that every invocation must be mocked and that an
    /// invocation without a mocked response fails the execution.
    /// </summary>
    public bool TryGetOutcome(int invocation, [NotNullWhen(true)] out TaskResult? outcome)
    {
        // Few ranges per response in practice; a binary search would not pay for itself.
        foreach (var range in _ranges)
        {
            if (range.Contains(invocation))
            {
                outcome = range.Outcome;
                return true;
            }
        }

        outcome = null;
        return false;
    }
}
