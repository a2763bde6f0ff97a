namespace Cairn.Engine.Hosting;

/// <summary>
/// Due-time ordered callbacks served by one loop, however many timers wait: a waiting timer costs
/// a queue entry, not a thread or an OS timer. Callbacks run on the thread pool.
/// </summary>
public sealed class TimerQueue : IAsyncDisposable
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(10);

    private readonly TimeProvider _time;
    private readonly object _lock = new();
    private readonly PriorityQueue<Action, (DateTimeOffset Due, long Order)> _queue = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _order;

    public TimerQueue(TimeProvider time)
    {
        _time = time;
        _loop = Task.Run(RunAsync);
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Runs <paramref name="callback"/> at or after <paramref name="due"/>.</summary>
    public void Schedule(DateTimeOffset due, Action callback)
    {
        TaskCompletionSource? wake = null;
        lock (_lock)
        {
            var becomesFirst = !_queue.TryPeek(out _, out var first) || due < first.Due;
            _queue.Enqueue(callback, (due, _order++));
            if (becomesFirst)
            {
                wake = _wake;
            }
        }

        wake?.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        lock (_lock)
        {
            _wake.TrySetResult();
        }

        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Action? due = null;
            TimeSpan sleep;
            Task wake;
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                if (_queue.TryPeek(out var callback, out var first) && first.Due <= now)
                {
                    _queue.Dequeue();
                    due = callback;
                    sleep = TimeSpan.Zero;
                }
                else
                {
                    sleep = _queue.Count > 0 ? first.Due - now : LongestSleep;
                }

                if (_wake.Task.IsCompleted)
                {
                    _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                wake = _wake.Task;
            }

            if (due is not null)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static callback => callback(), due, preferLocal: false);
                continue;
            }

            // The sleep is cancelled when a wake-up ends it early, so no timer outlives its purpose.
            using var sleeping = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var delay = Task.Delay(sleep < LongestSleep ? sleep : LongestSleep, _time, sleeping.Token);
            await Task.WhenAny(wake, delay).ConfigureAwait(false);
            sleeping.Cancel();
        }
    }
}
