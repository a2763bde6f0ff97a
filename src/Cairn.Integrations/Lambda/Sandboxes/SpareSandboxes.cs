namespace Cairn.Integrations.Lambda.Sandboxes;

/// <summary>
/// Cold starts without the interpreter's own start: one spare sandbox per runtime in use is kept
/// started (interpreter up, Cairn's runtime client loaded, no function), and a new sandbox of a
/// function that fits takes it and hands it the function's environment. The next spare starts once
/// that cold start has answered (<see cref="Prepare"/>), so that it does not compete with it for the
/// processor. A spare is given to one function once, so every sandbox is still a fresh process. A
/// function does not fit when it could start differently from a spare: its Environment sets a
/// variable read as a process starts (<see cref="LambdaEnvironment.ReadAtStart"/>), or its code holds
/// native libraries (which the dynamic linker finds through LD_LIBRARY_PATH, naming the task root, only
/// as the process starts). Those functions start their sandbox from scratch, as before.
/// </summary>
internal sealed class SpareSandboxes(string workingDirectory, Func<LambdaOptions> options) : IAsyncDisposable
{
    private readonly Dictionary<string, Sandbox> _ready = new(StringComparer.Ordinal);
    private readonly HashSet<string> _starting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _nativeCode = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private bool _disposed;

    /// <summary>The process ids of the spares whose runtime has started and waits for a function.</summary>
    public IReadOnlyList<int> ProcessIds
    {
        get
        {
            lock (_lock)
            {
                return _ready.Values.Where(s => s.AwaitsAssignment).Select(s => s.ProcessId).ToList();
            }
        }
    }

    /// <summary>
    /// A spare assigned to <paramref name="function"/>, or null (none, or the function does not fit):
    /// then the caller starts a sandbox itself. A spare whose runtime is still starting is taken too:
    /// it is ahead of a sandbox started now.
    /// </summary>
    public Sandbox? TryTake(FunctionConfiguration function, string taskRoot, RuntimeCommand command, IReadOnlyDictionary<string, string> environment)
    {
        if (!command.Spares || !options().SpareSandboxes || !Fits(function, taskRoot))
        {
            return null;
        }

        var key = Key(command);
        Sandbox? spare;
        lock (_lock)
        {
            if (_disposed)
            {
                return null;
            }

            _ready.Remove(key, out spare);
        }

        if (spare is null)
        {
            return null;
        }

        if (spare.Assign(function, taskRoot, command, environment))
        {
            return spare;
        }

        _ = spare.DisposeAsync().AsTask();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        List<Sandbox> spares;
        lock (_lock)
        {
            _disposed = true;
            spares = _ready.Values.ToList();
            _ready.Clear();
        }

        await Task.WhenAll(spares.Select(s => s.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    private static string Key(RuntimeCommand command) => command.FileName + "\0" + string.Join("\0", command.Arguments);

    private bool Fits(FunctionConfiguration function, string taskRoot)
    {
        foreach (var name in function.Environment.Keys)
        {
            if (LambdaEnvironment.ReadAtStart(name))
            {
                return false;
            }
        }

        lock (_lock)
        {
            if (_nativeCode.TryGetValue(taskRoot, out var known))
            {
                return !known;
            }
        }

        var native = HasNativeLibraries(taskRoot);
        lock (_lock)
        {
            _nativeCode[taskRoot] = native;
        }

        return !native;
    }

    /// <summary>Shared objects (<c>*.so</c>, <c>*.so.N</c>) anywhere in the function's code.</summary>
    private static bool HasNativeLibraries(string taskRoot)
    {
        try
        {
            return Directory.EnumerateFiles(taskRoot, "*.so*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Any(file => Path.GetFileName(file) is var name && (name.EndsWith(".so", StringComparison.Ordinal) || name.Contains(".so.", StringComparison.Ordinal)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>After a cold start of <paramref name="function"/>: starts a spare for the next one in the background, unless one is ready or starting.</summary>
    public void Prepare(FunctionConfiguration function, string taskRoot, RuntimeCommand command)
    {
        if (!command.Spares || !options().SpareSandboxes || !Fits(function, taskRoot))
        {
            return;
        }

        var key = Key(command);
        lock (_lock)
        {
            if (_disposed || _ready.ContainsKey(key) || !_starting.Add(key))
            {
                return;
            }
        }

        _ = Task.Run(() =>
        {
            Sandbox? spare = null;
            try
            {
                Directory.CreateDirectory(workingDirectory);
                spare = Sandbox.StartSpare(workingDirectory, command, LambdaEnvironment.Startup(null), options().LogSink);
            }
            catch (Exception e) when (e is SandboxError or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // No spare this time: the next cold start starts its sandbox itself.
            }

            lock (_lock)
            {
                _starting.Remove(key);
                if (spare is not null && !_disposed)
                {
                    _ready[key] = spare;
                    return;
                }
            }

            if (spare is not null)
            {
                _ = spare.DisposeAsync().AsTask();
            }
        });
    }
}
