using System.Diagnostics;
using System.Text;

namespace Cairn.Server.Tests.Support;

/// <summary>
/// <c>cairn serve</c> as a child process on a free loopback port, ready once it prints its
/// "listening on" line. <see cref="Kill"/> ends it with SIGKILL, as a crash would.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private ServeProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>The server process's id (for what it holds: memory, children).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Everything the server printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ServeProcess Start(params string[] arguments) => Start(null, arguments);

    /// <summary>Starts the server with extra environment variables (credentials for the AWS services it calls).</summary>
    public static ServeProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "cairn.dll");
        Assert.True(File.Exists(cli), $"cairn.dll not found beside the tests at {cli}");
        var port = FreePort.Find();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in new[] { cli, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServeProcess(process, new Uri($"http://127.0.0.1:{port}"));
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => server.Append(e.Data, ready);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data, null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!ready.Task.Wait(StartTimeout) || process.HasExited)
        {
            server.Dispose();
            Assert.Fail($"cairn serve did not become ready:\n{server.Output}");
        }

        return server;
    }

    /// <summary>SIGTERM: the server shuts down as it does when a service manager stops it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })
            ?? throw new InvalidOperationException("kill did not start");
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -TERM {_process.Id} failed");
    }

    /// <summary>Waits for the process to end; its exit code, or null when it is still running after <paramref name="timeout"/>.</summary>
    public int? WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout) ? _process.ExitCode : null;

    /// <summary>The most memory the server process has held so far (VmHWM, peak resident set), in bytes.</summary>
    public long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException("VmHWM not found in /proc/PID/status");
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>SIGKILL to the server process alone: what it started is left to fend for itself, as after a crash.</summary>
    public void KillServerOnly()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            _process.WaitForExit();
        }
    }

    /// <summary>Kills the server (SIGKILL) and releases the process; a second call does nothing.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Kill();
        _process.Dispose();
    }

    private void Append(string? line, TaskCompletionSource? ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ready is not null && line.Contains("listening on", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }
}
