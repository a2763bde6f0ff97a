namespace Cairn.Engine.Hosting;

/// <summary>
/// Activity tasks waiting for workers, and workers waiting for tasks (GetActivityTask long polls),
/// per activity. A task is handed to the longest-waiting worker, or kept until one asks. The queue
/// lives in memory: after a restart, the executions that wait on activities schedule their tasks
/// again when they are resumed.
/// </summary>
internal sealed class ActivityTaskQueue
{
    private readonly object _lock = new();
    private readonly Dictionary<string, Queue<ActivityTask>> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkedList<TaskCompletionSource<ActivityTask>>> _workers = new(StringComparer.Ordinal);

    public void Enqueue(string activityArn, ActivityTask task)
    {
        lock (_lock)
        {
            if (_workers.TryGetValue(activityArn, out var workers) && workers.First is { } first)
            {
                workers.RemoveFirst();
                if (workers.Count == 0)
                {
                    _workers.Remove(activityArn);
                }

                first.Value.SetResult(task);
                return;
            }

            if (!_tasks.TryGetValue(activityArn, out var queue))
            {
                _tasks[activityArn] = queue = new Queue<ActivityTask>();
            }

            queue.Enqueue(task);
        }
    }

    /// <summary>The next task of the activity, waiting up to <paramref name="wait"/> for one; null when none came.</summary>
    public async Task<ActivityTask?> TakeAsync(string activityArn, TimeSpan wait, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<ActivityTask>(TaskCreationOptions.RunContinuationsAsynchronously);
        LinkedListNode<TaskCompletionSource<ActivityTask>> node;
        lock (_lock)
        {
            if (_tasks.TryGetValue(activityArn, out var queue) && queue.TryDequeue(out var queued))
            {
                if (queue.Count == 0)
                {
                    _tasks.Remove(activityArn);
                }

                return queued;
            }

            if (!_workers.TryGetValue(activityArn, out var workers))
            {
                _workers[activityArn] = workers = new LinkedList<TaskCompletionSource<ActivityTask>>();
            }

            node = workers.AddLast(waiter);
        }

        try
        {
            await waiter.Task.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
        }

        lock (_lock)
        {
            if (waiter.Task.IsCompletedSuccessfully)
            {
                return waiter.Task.Result;
            }

            var workers = node.List;
            workers?.Remove(node);
            if (workers is { Count: 0 })
            {
                _workers.Remove(activityArn);
            }

            return null;
        }
    }
}
