using System.Security.Cryptography;
using System.Text;
using Cairn.Engine.Arns;

namespace Cairn.Engine.Execution;

/// <summary>
/// A distributed Map state's run: its ARN, when it started and stopped, how it ended, its
/// redrives, and its child workflow executions (one per iteration started). A redrive reruns the
/// iterations that failed or were aborted, queued until the Map's concurrency lets them start; it
/// redrives their child executions, which keep their ARNs.
/// </summary>
internal sealed class MapRun(string arn, DateTimeOffset startDate)
{
    private readonly Queue<(int Index, bool Failed)> _pendingRedrive = new();
    private readonly Dictionary<int, ChildExecution> _children = new();
    private readonly List<ChildExecution> _changedChildren = new();
    private StatesArn? _childMachine;

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
        if (_children.TryGetValue(index, out var child))
        {
            child.Status = nameof(ExecutionStatus.PENDING_REDRIVE);
            MarkChanged(child);
        }

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

    /// <summary>An iteration started: its child execution starts, or, when it ran before, is redriven.</summary>
    public void ChildStarted(int index, DateTimeOffset now)
    {
        if (_children.TryGetValue(index, out var child))
        {
            child.RedriveCount++;
            child.RedriveDate = now;
            child.StopDate = null;
        }
        else
        {
            child = new ChildExecution(index, now);
            _children.Add(index, child);
        }

        child.Status = nameof(ExecutionStatus.RUNNING);
        MarkChanged(child);
    }

    /// <summary>An iteration ended (SUCCEEDED, FAILED or ABORTED); a child execution that is not running is left as it is.</summary>
    public void ChildEnded(int index, ExecutionStatus status, DateTimeOffset now)
    {
        if (_children.TryGetValue(index, out var child) && child.Status == nameof(ExecutionStatus.RUNNING))
        {
            child.Status = status.ToString();
            child.StopDate = now;
            MarkChanged(child);
        }
    }

    /// <summary>The Map Run ended (failed, or aborted with its Map or execution): the child executions still running were aborted.</summary>
    public void AbortRunningChildren(DateTimeOffset now)
    {
        foreach (var child in _children.Values)
        {
            if (child.Status == nameof(ExecutionStatus.RUNNING))
            {
                child.Status = nameof(ExecutionStatus.ABORTED);
                child.StopDate = now;
                MarkChanged(child);
            }
        }
    }

    /// <summary>Whether a child execution started or changed since the last <see cref="TakeChangedChildren"/>.</summary>
    public bool HasChangedChildren => _changedChildren.Count > 0;

    /// <summary>Adds the child executions started or changed since the last call, in their current state.</summary>
    public void TakeChangedChildren(List<MapRunExecutionRecord> into)
    {
        var machine = _childMachine ??= StatesArn.Parse(Arn).MapRunMachine;
        foreach (var child in _changedChildren)
        {
            child.Changed = false;
            child.Name ??= ChildName(Arn, child.Index);
            into.Add(new MapRunExecutionRecord(
                machine.Execution(child.Name),
                Arn,
                machine.Value,
                child.Name,
                child.Index,
                child.Status,
                child.StartDate,
                child.StopDate,
                ItemCount: 1,
                child.RedriveCount,
                child.RedriveDate));
        }

        _changedChildren.Clear();
    }

    /// <summary>A child execution's name: a UUID, as AWS names them, the same for the same Map Run and item on every replay.</summary>
    private static string ChildName(string mapRunArn, int index)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{mapRunArn}#{index}"), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString();
    }

    private void MarkChanged(ChildExecution child)
    {
        if (!child.Changed)
        {
            child.Changed = true;
            _changedChildren.Add(child);
        }
    }

    /// <summary>One child execution's bookkeeping.</summary>
    private sealed class ChildExecution(int index, DateTimeOffset startDate)
    {
        public int Index { get; } = index;

        public DateTimeOffset StartDate { get; } = startDate;

        public string? Name { get; set; }

        public string Status { get; set; } = nameof(ExecutionStatus.RUNNING);

        public DateTimeOffset? StopDate { get; set; }

        public int RedriveCount { get; set; }

        public DateTimeOffset? RedriveDate { get; set; }

        public bool Changed { get; set; }
    }
}
