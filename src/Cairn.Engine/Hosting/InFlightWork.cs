namespace Cairn.Engine.Hosting;

/// <summary>
/// The host's work under way that touches the store — a step applied in the background (a task's
/// result, a timer, a continued step), a task submitting or starting a child — counted so that
/// disposing the host waits for it before the store can go: once closed, no new work starts (a
/// result that comes later is not lost: its task is still outstanding in the log, and the next
/// start invokes it again, as a replay does after a crash), and closing completes when the work
/// that had started is done.
/// </summary>
internal sealed class InFlightWork
{
    private readonly object _gate = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;
    private bool _closed;

    /// <summary>Counts one piece of work in, unless the host is closing.</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            _count++;
            return true;
        }
    }

    public void Exit()
    {
        lock (_gate)
        {
            if (--_count == 0 && _closed)
            {
                _drained.TrySetResult();
            }
        }
    }

    /// <summary>Lets no new work in; completes when the work already in is done.</summary>
    public Task CloseAsync()
    {
        lock (_gate)
        {
            _closed = true;
            if (_count == 0)
            {
                _drained.TrySetResult();
            }

            return _drained.Task;
        }
    }
}
