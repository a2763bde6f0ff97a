using System.Threading.Channels;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Commits execution batches through one writer: whatever has queued up while the previous
/// transaction ran goes into the next one (group commit), so many executions share the cost of a
/// transaction. Batches are committed in the order they were queued; each caller's task completes
/// when its batch is durable. When a group fails, its batches are retried one by one so that one
/// bad batch fails alone, and later batches of an execution whose batch failed fail too (its log
/// must have no gap).
/// </summary>
public sealed class GroupCommitter : IAsyncDisposable
{
    private readonly IExecutionStore _store;
    private readonly int _maxGroup;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private long _transactions;
    private long _batches;

    public GroupCommitter(IExecutionStore store, int maxGroup = 1024)
    {
        _store = store;
        _maxGroup = maxGroup;
        _loop = Task.Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Transactions committed so far.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Execution batches committed so far.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>
    /// Raised on the commit loop once batches are durable, with those batches (valid only during the
    /// call): a way to watch executions change. Handlers must be quick; what they throw is ignored.
    /// </summary>
    public event Action<IReadOnlyList<ExecutionCommit>>? Committed;

    /// <summary>Queues a batch; the task completes once it is committed, or fails with the store's error.</summary>
    public Task CommitAsync(ExecutionCommit commit)
    {
        var pending = new Pending(commit, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        return pending.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var group = new List<Pending>(_maxGroup);
        var commits = new List<ExecutionCommit>(_maxGroup);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (group.Count < _maxGroup && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                commits.Add(pending.Commit);
            }

            try
            {
                _store.Commit(commits);
                Interlocked.Increment(ref _transactions);
                Interlocked.Add(ref _batches, group.Count);
                foreach (var pending in group)
                {
                    pending.Done.SetResult();
                }

                Notify(commits);
            }
            catch (Exception) when (group.Count > 1)
            {
                CommitOneByOne(group);
            }
            catch (Exception e)
            {
                group[0].Done.SetException(e);
            }

            group.Clear();
            commits.Clear();
        }
    }

    private void CommitOneByOne(List<Pending> group)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pending in group)
        {
            if (failed.Contains(pending.Commit.ExecutionArn))
            {
                pending.Done.SetException(new InvalidOperationException($"An earlier batch of {pending.Commit.ExecutionArn} was not committed"));
                continue;
            }

            try
            {
                _store.Commit([pending.Commit]);
                Interlocked.Increment(ref _transactions);
                Interlocked.Increment(ref _batches);
                pending.Done.SetResult();
                Notify([pending.Commit]);
            }
            catch (Exception e)
            {
                failed.Add(pending.Commit.ExecutionArn);
                pending.Done.SetException(e);
            }
        }
    }

    private void Notify(IReadOnlyList<ExecutionCommit> commits)
    {
        try
        {
            Committed?.Invoke(commits);
        }
        catch (Exception)
        {
            // A watcher's failure is the watcher's own: the commit loop goes on.
        }
    }

    private sealed record Pending(ExecutionCommit Commit, TaskCompletionSource Done);
}
