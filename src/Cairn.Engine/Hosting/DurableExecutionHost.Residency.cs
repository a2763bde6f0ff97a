using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Which running executions are held in memory. One that waits only on the outside world — a
/// task token, an activity worker, a timer — for <see cref="EvictIdleAfter"/> is evicted: all it
/// leaves behind is its stored log (and a timer queue entry if it has a timer). The next input for
/// it (a token sent, a timer due, a stop) loads it again by replaying that log.
/// </summary>
public sealed partial class DurableExecutionHost
{
    private readonly object[] _loadLocks = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();

    /// <summary>How long an execution with nothing under way in this process stays in memory; null keeps every running execution in memory.</summary>
    public TimeSpan? EvictIdleAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="step"/> under the lock of the running execution, loading it from its
    /// log when it is not in memory; <paramref name="notRunning"/> when no such execution runs.
    /// The step may still find the execution <see cref="LiveExecution.Closed"/> (it ended).
    /// </summary>
    private T WithLive<T>(string executionArn, Func<LiveExecution, T> step, T notRunning)
    {
        while (true)
        {
            if (Load(executionArn) is not { } live)
            {
                return notRunning;
            }

            lock (live)
            {
                // Evicted between the lookup and the lock: load it again.
                if (!live.Evicted)
                {
                    live.ResumedOnly = false;
                    return step(live);
                }
            }
        }
    }

    /// <summary>
    /// The running execution in memory, loaded from its log when it is not; null when the store
    /// has no running execution of that ARN. Loading an execution that was running when this
    /// host started also resumes it: what it had under way is carried out again.
    /// </summary>
    /// <param name="executionArn">The execution.</param>
    /// <param name="resuming">Loaded only to be resumed, with nothing asking for it: it leaves memory again as soon as it waits on nothing in this process.</param>
    private LiveExecution? Load(string executionArn, bool resuming = false)
    {
        if (_live.TryGetValue(executionArn, out var live))
        {
            return live;
        }

        lock (_loadLocks[(uint)StringComparer.Ordinal.GetHashCode(executionArn) % _loadLocks.Length])
        {
            while (true)
            {
                if (_live.TryGetValue(executionArn, out live))
                {
                    return live;
                }

                if (_executions.GetExecution(executionArn) is not { Status: ExecutionStatus.RUNNING } record)
                {
                    return null;
                }

                var (loaded, outstanding) = Replay(record);
                loaded.ResumedOnly = resuming;
                if (!_live.TryAdd(executionArn, loaded))
                {
                    continue;
                }

                if (_pendingResume.TryRemove(executionArn, out _))
                {
                    lock (loaded)
                    {
                        RegisterInvocations(loaded, outstanding);
                    }

                    Dispatch(loaded, outstanding);
                }

                ScheduleEviction(loaded);
                return loaded;
            }
        }
    }

    /// <summary>Evicts the execution after <see cref="EvictIdleAfter"/> (at once when it was only resumed) if it takes no input meanwhile and has no task under way.</summary>
    private void ScheduleEviction(LiveExecution live)
    {
        if (EvictIdleAfter is not { } idle)
        {
            return;
        }

        long mark;
        TimeSpan after;
        lock (live)
        {
            if (live.Closed || live.Invocations.Count > 0)
            {
                return;
            }

            mark = live.InputCount;
            after = live.ResumedOnly ? TimeSpan.Zero : idle;
        }

        _timers.Schedule(_time.GetUtcNow() + after, () => TryEvict(live, mark));
    }

    private void TryEvict(LiveExecution live, long mark)
    {
        lock (live)
        {
            // Everything it logged must be committed: loading it again replays the stored log.
            if (live.Closed || live.InputCount != mark || live.Invocations.Count > 0 || !live.LastCommit.IsCompletedSuccessfully)
            {
                return;
            }

            live.Closed = true;
            live.Evicted = true;
            _live.TryRemove(new KeyValuePair<string, LiveExecution>(live.Arn, live));
        }
    }
}
