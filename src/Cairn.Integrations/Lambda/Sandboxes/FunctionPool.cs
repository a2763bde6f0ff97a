using Cairn.Integrations.Lambda.Runtimes;

namespace Cairn.Integrations.Lambda.Sandboxes;

/// <summary>
/// The sandboxes of one function version (one configuration revision): warm sandboxes are reused,
/// at most <see cref="LambdaOptions.MaxConcurrency"/> (or the function's reserved concurrency, when lower) run at once and further invocations queue,
/// and sandboxes idle for <see cref="LambdaOptions.IdleTimeout"/> are stopped. A sandbox that
/// exited or timed out is replaced by a new one on the next invocation.
/// </summary>
internal sealed class FunctionPool : IAsyncDisposable
{
    private readonly FunctionConfiguration _function;
    private readonly string _taskRoot;
    private readonly LambdaRuntimes _runtimes;
    private readonly SpareSandboxes _spares;
    private readonly Func<LambdaOptions> _currentOptions;
    private readonly SemaphoreSlim _slots;
    private readonly Stack<Sandbox> _idle = new();
    private readonly HashSet<Sandbox> _all = new();
    private readonly object _lock = new();
    private RuntimeCommand? _command;
    private bool _disposed;

    public FunctionPool(FunctionConfiguration function, string taskRoot, LambdaRuntimes runtimes, SpareSandboxes spares, Func<LambdaOptions> options, int slots)
    {
        _spares = spares;
        _function = function;
        _taskRoot = taskRoot;
        _runtimes = runtimes;
        _currentOptions = options;
        _slots = new SemaphoreSlim(slots);
    }

    private LambdaOptions Options => _currentOptions();

    public FunctionConfiguration Function => _function;

    /// <summary>How many sandbox processes the pool has (warm or busy).</summary>
    public int SandboxCount
    {
        get
        {
            lock (_lock)
            {
                return _all.Count;
            }
        }
    }

    /// <summary>The process ids of the pool's sandboxes.</summary>
    public IReadOnlyList<int> ProcessIds
    {
        get
        {
            lock (_lock)
            {
                return _all.Select(s => s.ProcessId).ToList();
            }
        }
    }

    /// <summary>Runs one invocation once a slot is free (waiting in line is what <paramref name="cancellationToken"/> can cancel).</summary>
    public async Task<SandboxResult> InvokeAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Sandbox? sandbox;
            var cold = false;
            try
            {
                sandbox = TakeIdle();
                if (sandbox is null)
                {
                    sandbox = StartSandbox();
                    cold = true;
                }
            }
            catch (SandboxError e)
            {
                return SandboxResult.Failed(e, []);
            }

            var result = await sandbox.InvokeAsync(invocation, Options.InitTimeout).ConfigureAwait(false);
            if (cold)
            {
                _spares.Prepare(_function, _taskRoot, _command!);
            }

            if (result.Reusable && !sandbox.IsDead && Return(sandbox))
            {
                return result;
            }

            await Retire(sandbox).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Stops sandboxes idle for longer than the idle timeout.</summary>
    public async Task StopIdleAsync()
    {
        var expired = new List<Sandbox>();
        var limit = Environment.TickCount64 - (long)Options.IdleTimeout.TotalMilliseconds;
        lock (_lock)
        {
            var keep = _idle.Where(s => s.IdleSinceTicks > limit && !s.IsDead).Reverse().ToList();
            expired.AddRange(_idle.Where(s => !keep.Contains(s)));
            _idle.Clear();
            foreach (var sandbox in keep)
            {
                _idle.Push(sandbox);
            }
        }

        foreach (var sandbox in expired)
        {
            await Retire(sandbox).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Sandbox> all;
        lock (_lock)
        {
            _disposed = true;
            all = _all.ToList();
            _all.Clear();
            _idle.Clear();
        }

        await Task.WhenAll(all.Select(s => s.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    private Sandbox? TakeIdle()
    {
        lock (_lock)
        {
            while (_idle.TryPop(out var sandbox))
            {
                if (!sandbox.IsDead)
                {
                    return sandbox;
                }

                _all.Remove(sandbox);
                _ = sandbox.DisposeAsync().AsTask();
            }

            return null;
        }
    }

    private Sandbox StartSandbox()
    {
        if (_command is null)
        {
            _command = _runtimes.Resolve(_function, _taskRoot);
            if (_command.Warning is { } warning)
            {
                Options.Warn?.Invoke($"Lambda function {_function.FunctionName}: {warning}");
            }
        }

        var environment = LambdaEnvironment.For(_function, _taskRoot, _runtimes.SupportFolder, Options);
        var sandbox = _spares.TryTake(_function, _taskRoot, _command, environment) ?? Sandbox.Start(_function, _taskRoot, _command, environment, Options.LogSink);
        lock (_lock)
        {
            if (_disposed)
            {
                _ = sandbox.DisposeAsync().AsTask();
                throw new SandboxError("Runtime.Unknown", "The Lambda service is stopping.");
            }

            _all.Add(sandbox);
        }

        return sandbox;
    }

    private bool Return(Sandbox sandbox)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return false;
            }

            _idle.Push(sandbox);
            return true;
        }
    }

    private async Task Retire(Sandbox sandbox)
    {
        lock (_lock)
        {
            _all.Remove(sandbox);
        }

        await sandbox.DisposeAsync().ConfigureAwait(false);
    }
}
