using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// A Parallel or Map state waiting for its branches or iterations: which have started, which are
/// done, and their results in order.
/// </summary>
internal sealed class Join
{
    public Join(Frame parent, State state, int count, int maxConcurrency)
    {
        Parent = parent;
        State = state;
        Results = new JValue[count];
        Remaining = count;
        MaxConcurrency = maxConcurrency <= 0 ? int.MaxValue : maxConcurrency;
    }

    public Frame Parent { get; }

    public State State { get; }

    public JValue[] Results { get; }

    /// <summary>Children not yet finished.</summary>
    public int Remaining { get; set; }

    public int Started { get; set; }

    public int Running { get; set; }

    public int MaxConcurrency { get; }

    /// <summary>For Map: the items (after ItemsPath).</summary>
    public JArray? Items { get; init; }

    /// <summary>The previousEventId the next iteration's first event links to.</summary>
    public long Cursor { get; set; }

    public bool Failed { get; set; }

    /// <summary>For a distributed Map: the MapRunStarted event, and how many iterations may fail.</summary>
    public long MapRunStartedId { get; set; }

    public int FailedCount { get; set; }

    public long ToleratedFailureCount { get; init; }

    public double ToleratedFailurePercentage { get; init; }

    public List<Frame> Children { get; } = new();
}
