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
        Results = new List<JValue?>(count);
        for (var i = 0; i < count; i++)
        {
            Results.Add(null);
        }

        Remaining = count;
        MaxConcurrency = maxConcurrency <= 0 ? int.MaxValue : maxConcurrency;
    }

    public Frame Parent { get; }

    public State State { get; }

    /// <summary>The children's results by index (null while unknown, or once written out by a ResultWriter).</summary>
    public List<JValue?> Results { get; }

    /// <summary>Children not yet finished.</summary>
    public int Remaining { get; set; }

    public int Started { get; set; }

    public int Running { get; set; }

    /// <summary>int.MaxValue when there is no limit; UpdateMapRun may change it while a Map Run runs.</summary>
    public int MaxConcurrency { get; set; }

    /// <summary>For Map: the items (after ItemsPath, or from the ItemReader), batched by an ItemBatcher.</summary>
    public MapItems? Items { get; init; }

    /// <summary>For a Map with an ItemBatcher: the BatchInput, and the limits of a batch.</summary>
    public JValue? BatchInput { get; set; }

    public int MaxItemsPerBatch { get; set; }

    public long MaxBytesPerBatch { get; set; }

    /// <summary>For a Map with a ResultWriter: results written out so far, and the write under way (its command id).</summary>
    public MapResults? Writer { get; set; }

    /// <summary>For a Map with an ItemReader: its evaluated Parameters (or Arguments).</summary>
    public JValue? ReaderParameters { get; set; }

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

    /// <summary>Stands in <see cref="Children"/> for the iterations of a Map Run that succeeded and were let go.</summary>
    public Frame? DoneMarker { get; set; }
}
