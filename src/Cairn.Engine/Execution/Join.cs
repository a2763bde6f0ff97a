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

    /// <summary>int.MaxValue when there is no limit; UpdateMapRun may change it while a Map Run runs.</summary>
    public int MaxConcurrency { get; set; }

    /// <summary>For Map: the items (after ItemsPath).</summary>
    public JArray? Items { get; init; }

    /// <summary>The previousEventId the next iteration's first event links to.</summary>
    public long Cursor { get; set; }

    public bool Failed { get; set; }

    /// <summary>For a distributed Map: the MapRunStarted event, and how many iterations may fail.</summary>
    public long MapRunStartedId { get; set; }

    public int FailedCount { get; set; }

    public long ToleratedFailureCount { get; set; }

    public double ToleratedFailurePercentage { get; set; }

    /// <summary>For a distributed Map: its Map Run (null for an inline Map or a Parallel).</summary>
    public MapRun? Run { get; set; }

    /// <summary>Iterations that succeeded.</summary>
    public int SucceededCount { get; set; }

    public List<Frame> Children { get; } = new();
}
