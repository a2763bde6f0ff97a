using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Channels;
using Cairn.Integrations.Lambda.RuntimeApi;

namespace Cairn.Integrations.Lambda.Sandboxes;

/// <summary>
/// One warm instance of a function: a process running the function's runtime, speaking the Runtime
/// API to a listener of its own, one invocation at a time. The process leads its own process group
/// under a watchdog that kills the whole group when Cairn's end of a pipe closes, so nothing a
/// sandbox started outlives the server, even one killed with SIGKILL. What it prints is kept per
/// invocation, bounded (<see cref="SandboxLog"/>). A spare sandbox (<see cref="StartSpare"/>) is
/// started before its function is known: its runtime waits until <see cref="Assign"/> hands it the
/// function's environment, then loads the handler as a fresh sandbox would.
/// </summary>
internal sealed partial class Sandbox : IAsyncDisposable
{
    /// <summary>Lambda's limit on a synchronous response (6 MB).</summary>
    public const int MaxResponseBytes = 6_291_556;

    // The watchdog: a subshell of the new session waits for EOF on the pipe that is the session's
    // standard input, then kills the process group; the runtime itself gets /dev/null.
    private const string WatchdogScript = "exec 3<&0; (while read -r _; do :; done <&3; kill -9 0) >/dev/null 2>&1 & exec \"$@\" </dev/null 3<&-";

    /// <summary>Where a spare's runtime asks for the function it is given (not part of Lambda's Runtime API).</summary>
    internal const string AssignmentPath = "/cairn/sandbox/assignment";

    /// <summary>Set in a spare's environment until it is assigned: its runtime asks for the function first.</summary>
    internal const string SpareVariable = "CAIRN_SANDBOX_SPARE";

    private readonly RuntimeApiListener _api;
    private readonly Process _process;
    private readonly Channel<Invocation> _next = Channel.CreateBounded<Invocation>(1);
    private readonly TaskCompletionSource _initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SandboxLog _log = new();
    private readonly Action<string, ReadOnlyMemory<byte>>? _logSink;
    private readonly OutputPipe[] _outputs;
    private readonly Task _exited;
    private readonly object _lock = new();
    private readonly TaskCompletionSource<byte[]> _assignment = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _awaitingAssignment;
    private FunctionConfiguration? _function;
    private bool _startedByShell;
    private Pending? _current;
    private SandboxResult? _initFailure;
    private bool _dead;
    private bool _disposed;
    private int _inputClosed;

    private Sandbox(FunctionConfiguration? function, RuntimeApiListener api, Process process, Action<string, ReadOnlyMemory<byte>>? logSink)
    {
        _function = function;
        _api = api;
        _process = process;
        _logSink = logSink;
        _outputs = [new OutputPipe(process.StandardOutput.BaseStream), new OutputPipe(process.StandardError.BaseStream)];
        foreach (var output in _outputs)
        {
            output.Reading = ReadOutputAsync(output);
        }

        _exited = WatchExitAsync();
    }

    /// <summary>When the sandbox last finished an invocation (or started).</summary>
    public long IdleSinceTicks { get; private set; } = Environment.TickCount64;

    public int ProcessId => _process.Id;

    /// <summary>Whether a spare's runtime has started and asks for its function.</summary>
    public bool AwaitsAssignment => _awaitingAssignment;

    /// <summary>The function the sandbox runs (a spare has none until it is assigned).</summary>
    private FunctionConfiguration Function => _function ?? throw new InvalidOperationException("The spare sandbox has not been assigned a function.");

    /// <summary>Whether the process is gone or was given up on.</summary>
    public bool IsDead
    {
        get
        {
            lock (_lock)
            {
                return _dead;
            }
        }
    }

    /// <summary>Starts a sandbox of <paramref name="function"/> running <paramref name="command"/> in <paramref name="taskRoot"/>.</summary>
    public static Sandbox Start(
        FunctionConfiguration function,
        string taskRoot,
        RuntimeCommand command,
        IReadOnlyDictionary<string, string> environment,
        Action<string, ReadOnlyMemory<byte>>? logSink) =>
        Launch(function, taskRoot, command, environment, logSink);

    /// <summary>
    /// Starts a spare sandbox of <paramref name="command"/>'s runtime in <paramref name="workingDirectory"/>
    /// with <paramref name="environment"/> (what the interpreter needs to start); it loads no function
    /// until <see cref="Assign"/>.
    /// </summary>
    public static Sandbox StartSpare(string workingDirectory, RuntimeCommand command, IReadOnlyDictionary<string, string> environment, Action<string, ReadOnlyMemory<byte>>? logSink) =>
        Launch(null, workingDirectory, command, new Dictionary<string, string>(environment, StringComparer.Ordinal) { [SpareVariable] = "1" }, logSink);

    /// <summary>
    /// Gives a spare its function: the runtime replaces its environment with <paramref name="environment"/>
    /// (plus the runtime's own variables and this sandbox's Runtime API address, as <see cref="Start"/>
    /// sets them), moves to the task root and loads the handler. False when the spare is gone.
    /// </summary>
    public bool Assign(FunctionConfiguration function, string taskRoot, RuntimeCommand command, IReadOnlyDictionary<string, string> environment)
    {
        lock (_lock)
        {
            if (_dead || _function is not null)
            {
                return false;
            }

            _function = function;
        }

        var variables = ProcessEnvironment(environment, command, _api.Address);
        if (_startedByShell)
        {
            // The watchdog's shell exports the folder it starts in, as it does for a sandbox started in the task root.
            variables["PWD"] = taskRoot;
        }

        _assignment.TrySetResult(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(variables));
        return true;
    }

    /// <summary>The variables a sandbox process sees: the function's environment, then the runtime's, then the Runtime API address.</summary>
    private static Dictionary<string, string> ProcessEnvironment(IReadOnlyDictionary<string, string> environment, RuntimeCommand command, string apiAddress)
    {
        var variables = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        foreach (var (name, value) in command.Environment)
        {
            variables[name] = value;
        }

        variables["AWS_LAMBDA_RUNTIME_API"] = apiAddress;
        return variables;
    }

    private static Sandbox Launch(
        FunctionConfiguration? function,
        string taskRoot,
        RuntimeCommand command,
        IReadOnlyDictionary<string, string> environment,
        Action<string, ReadOnlyMemory<byte>>? logSink)
    {
        Sandbox? sandbox = null;
        var api = new RuntimeApiListener((request, cancellationToken) => sandbox!.HandleAsync(request, cancellationToken), MaxResponseBytes);
        try
        {
            var setsid = OperatingSystem.IsWindows() ? null : Runtimes.LambdaRuntimes.FindOnPath("setsid") ?? (File.Exists("/usr/bin/setsid") ? "/usr/bin/setsid" : null);
            var start = new ProcessStartInfo(setsid ?? command.FileName)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = taskRoot,
            };
            if (setsid is not null)
            {
                foreach (var argument in (string[])["/bin/sh", "-c", WatchdogScript, "sh", command.FileName])
                {
                    start.ArgumentList.Add(argument);
                }
            }

            foreach (var argument in command.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment.Clear();
            foreach (var (name, value) in ProcessEnvironment(environment, command, api.Address))
            {
                start.Environment[name] = value;
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new SandboxError("Runtime.InvalidEntrypoint", $"The runtime {command.FileName} did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw SandboxError.InvalidEntrypoint($"fork/exec {command.FileName}: {e.Message}");
            }

            sandbox = new Sandbox(function, api, process, logSink) { _startedByShell = setsid is not null };
            return sandbox;
        }
        catch
        {
            api.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>
    /// Runs one invocation: waits for the runtime to be ready (at most <paramref name="initTimeout"/>
    /// the first time), hands it the event, and waits for its response or error, at most the
    /// function's Timeout. A timeout or an exit ends the sandbox and is reported as Lambda does.
    /// </summary>
    public async Task<SandboxResult> InvokeAsync(Invocation invocation, TimeSpan initTimeout)
    {
        var pending = new Pending(invocation);
        lock (_lock)
        {
            if (_dead)
            {
                return _initFailure ?? SandboxResult.Failed(ExitError(invocation.RequestId), _log.TakeTail());
            }

            _current = pending;
        }

        _log.Append($"START RequestId: {invocation.RequestId} Version: {Function.Version}\n");
        if (!_initialized.Task.IsCompleted)
        {
            try
            {
                await _initialized.Task.WaitAsync(initTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return TimedOut(invocation, initTimeout);
            }
            catch (SandboxInitException)
            {
                return Finish(pending, _initFailure!);
            }
        }

        var started = Stopwatch.GetTimestamp();
        var timeout = TimeSpan.FromSeconds(Function.Timeout);
        if (!_next.Writer.TryWrite(invocation))
        {
            return Finish(pending, SandboxResult.Failed(new SandboxError("Runtime.Unknown", $"RequestId: {invocation.RequestId} Error: the sandbox is busy"), []));
        }

        SandboxResult result;
        try
        {
            result = await pending.Completion.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return TimedOut(invocation, timeout);
        }

        await DrainOutputAsync().ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _log.Append($"END RequestId: {invocation.RequestId}\nREPORT RequestId: {invocation.RequestId}\tDuration: {elapsed.ToString("F2", CultureInfo.InvariantCulture)} ms\t" +
            $"Billed Duration: {Math.Max(1, (long)Math.Ceiling(elapsed))} ms\tMemory Size: {Function.MemorySize} MB\tMax Memory Used: {Function.MemorySize} MB\t\n");
        IdleSinceTicks = Environment.TickCount64;
        return result with { LogTail = _log.TakeTail() };
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _dead = true;
        }

        Kill();
        _assignment.TrySetCanceled();
        _next.Writer.TryComplete();
        await _api.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _exited.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }

        _process.Dispose();
    }

    private SandboxResult Finish(Pending pending, SandboxResult result)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_current, pending))
            {
                _current = null;
            }
        }

        return result with { LogTail = _log.TakeTail() };
    }

    private SandboxResult TimedOut(Invocation invocation, TimeSpan timeout)
    {
        lock (_lock)
        {
            _dead = true;
            _current = null;
        }

        Kill();
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var seconds = timeout.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
        var error = new SandboxError(null, $"{now} {invocation.RequestId} Task timed out after {seconds} seconds");
        _log.Append($"{now} {invocation.RequestId} Task timed out after {seconds} seconds\n");
        return SandboxResult.Failed(error, _log.TakeTail());
    }

    private void Kill()
    {
        try
        {
            NativeProcess.KillGroup(_process.Id);
            CloseInput();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    private SandboxError ExitError(string requestId)
    {
        var code = _process.HasExited ? _process.ExitCode : -1;
        var reason = code switch
        {
            0 => "Runtime exited without providing a reason",
            > 128 and < 160 => $"Runtime exited with error: signal: {SignalName(code - 128)}",
            _ => $"Runtime exited with error: exit status {code}",
        };
        return new SandboxError("Runtime.ExitError", $"RequestId: {requestId} Error: {reason}");
    }

    private static string SignalName(int signal) => signal switch
    {
        4 => "illegal instruction",
        6 => "aborted",
        7 => "bus error",
        8 => "floating point exception",
        9 => "killed",
        11 => "segmentation fault",
        15 => "terminated",
        _ => $"signal {signal}",
    };

    private async Task WatchExitAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        Pending? current;
        lock (_lock)
        {
            _dead = true;
            current = _current;
        }

        await DrainOutputAsync().ConfigureAwait(false);
        var requestId = current?.Invocation.RequestId ?? string.Empty;
        var exit = ExitError(requestId);
        _log.Append($"{exit.Message}\n");
        _initFailure ??= SandboxResult.Failed(exit, []);
        _initialized.TrySetException(new SandboxInitException());
        current?.Completion.TrySetResult(SandboxResult.Failed(exit, []));
        CloseInput();
    }

    /// <summary>
    /// Closes the watchdog's pipe once: a kill and the exit watcher may both get here at the same
    /// time, and a pipe whose reader is gone cannot be flushed.
    /// </summary>
    private void CloseInput()
    {
        if (Interlocked.Exchange(ref _inputClosed, 1) == 1)
        {
            return;
        }

        try
        {
            _process.StandardInput.Close();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The sandbox is already gone.
        }
    }

    private async Task ReadOutputAsync(OutputPipe output)
    {
        var buffer = new byte[8192];
        try
        {
            while (true)
            {
                var read = await output.Stream.ReadAsync(buffer).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                _log.Append(buffer.AsSpan(0, read));
                _logSink?.Invoke(_function?.FunctionName ?? string.Empty, buffer.AsMemory(0, read));
                Interlocked.Add(ref output.Consumed, read);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }

    /// <summary>
    /// Waits (briefly) until what the runtime printed before it answered has been read, so an
    /// invocation's log ends with its own output: the bytes still in each pipe are known exactly.
    /// </summary>
    private async Task DrainOutputAsync()
    {
        foreach (var output in _outputs)
        {
            var pending = output.Handle is { } handle ? NativeProcess.Pending(handle) : 0;
            if (pending <= 0)
            {
                continue;
            }

            var target = Interlocked.Read(ref output.Consumed) + pending;
            var waited = Stopwatch.StartNew();
            while (Interlocked.Read(ref output.Consumed) < target && waited.ElapsedMilliseconds < 200 && !output.Reading!.IsCompleted)
            {
                await Task.Delay(1).ConfigureAwait(false);
            }
        }
    }

    private sealed class Pending(Invocation invocation)
    {
        public Invocation Invocation { get; } = invocation;

        public TaskCompletionSource<SandboxResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class OutputPipe(Stream stream)
    {
        public long Consumed;

        public Stream Stream { get; } = stream;

        public SafeHandle? Handle { get; } = stream switch
        {
            PipeStream pipe => pipe.SafePipeHandle,
            FileStream file => file.SafeFileHandle,
            _ => null,
        };

        public Task? Reading { get; set; }
    }

    private sealed class SandboxInitException : Exception;
}
