namespace Cairn.Engine.Execution;

/// <summary>
/// A distributed Map state's run: its ARN, when it started and stopped, how it ended, and its
/// redrives. A redrive reruns the iterations that failed or were aborted, queued until the Map's
/// concurrency lets them start.
/// </summary>
internal sealed class MapRun(string arn, DateTimeOffset startDate)
{
    private readonly Queue<(int Index, bool Failed)> _pendingRedrive = new();

    public const string Running = "RUNNING";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string Aborted = "ABORTED";

    /// <summary>How many times a Map Run can be redriven.</summary>
    public const int MaxRedrives = 1000;

    public string Arn { get; } = arn;

    public DateTimeOffset StartDate { get; } = startDate;

    public DateTimeOffset? StopDate { get; set; }

    public string Status { get; set; } = Running;

    public int RedriveCount { get; private set; }

    public DateTimeOffset? RedriveDate { get; private set; }

    /// <summary>Iterations waiting to be redriven that had failed; they still count as failed until they start.</summary>
    public int PendingFailed { get; private set; }

    /// <summary>Iterations waiting to be redriven that had been aborted; they still count as aborted until they start.</summary>
    public int PendingAborted { get; private set; }

    /// <summary>Runs again: RUNNING, no stop date, one more redrive, and no iteration queued yet.</summary>
    public void Redrive(DateTimeOffset date)
    {
        RedriveCount++;
        RedriveDate = date;
        Status = Running;
        StopDate = null;
        _pendingRedrive.Clear();
        PendingFailed = 0;
        PendingAborted = 0;
    }

    /// <summary>Queues an iteration that failed (or, if not <paramref name="failed"/>, was aborted) to run again.</summary>
    public void QueueRedrive(int index, bool failed)
    {
        _pendingRedrive.Enqueue((index, failed));
        if (failed)
        {
            PendingFailed++;
        }
        else
        {
            PendingAborted++;
        }
    }

    /// <summary>The next iteration waiting to be redriven, if any.</summary>
    public bool TryTakeRedrive(out int index)
    {
        if (!_pendingRedrive.TryDequeue(out var next))
        {
            index = -1;
            return false;
        }

        if (next.Failed)
        {
            PendingFailed--;
        }
        else
        {
            PendingAborted--;
        }

        index = next.Index;
        return true;
    }
}
