using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cairn.TestSupport;

/// <summary>
/// moto (<c>moto_server</c>), the AWS emulator the tests call real SigV4-signed AWS APIs against:
/// the endpoint in <c>CAIRN_TEST_MOTO_ENDPOINT</c> when set, else one moto started for the test
/// process on a free loopback port with the machine's Python. It is stopped by its PID when the
/// test process exits, and stops by itself if the test process dies first. Tests share it: they
/// name their resources uniquely.
/// </summary>
public sealed class MotoServer : IDisposable
{
    public const string EndpointVariable = "CAIRN_TEST_MOTO_ENDPOINT";

    private static readonly Lazy<MotoServer> SharedServer = new(() => Start(null), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Process? _process;

    private MotoServer(Uri endpoint, Process? process, string accountId)
    {
        Endpoint = endpoint;
        _process = process;
        AccountId = accountId;
    }

    /// <summary>The moto of this test process (started on first use).</summary>
    public static MotoServer Shared => SharedServer.Value;

    /// <summary>
    /// The environment a child process (cairn serve, the AWS CLI) needs to sign its calls to moto:
    /// fixed test credentials, no shared config files, no instance metadata look-up.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ClientEnvironment { get; } = new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
        ["AWS_CONFIG_FILE"] = "/dev/null",
    };

    public Uri Endpoint { get; }

    /// <summary>The account moto creates resources in.</summary>
    public string AccountId { get; }

    /// <summary>The process id of the moto this test process started, if it started one.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>A name no other test uses: <paramref name="prefix"/> and a random suffix.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 80)];

    /// <summary>A moto of its own whose resources live in <paramref name="accountId"/> (moto's <c>MOTO_ACCOUNT_ID</c>); dispose it to stop it.</summary>
    public static MotoServer StartDedicated(string accountId) => Start(accountId);

    /// <summary>Stops a moto this process started (the shared one stops when the process exits).</summary>
    public void Dispose()
    {
        if (_process is not null && !ReferenceEquals(this, SharedServer.IsValueCreated ? SharedServer.Value : null))
        {
            Stop(_process);
            _process.Dispose();
        }
    }

    private static MotoServer Start(string? accountId)
    {
        if (accountId is null && Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } configured)
        {
            return new MotoServer(new Uri(configured), null, "123456789012");
        }

        var launcher = Path.Combine(Path.GetTempPath(), $"cairn-moto-launcher-{Environment.ProcessId}.py");
        using (var resource = typeof(MotoServer).Assembly.GetManifestResourceStream("Cairn.TestSupport.moto_launcher.py")!)
        using (var file = File.Create(launcher))
        {
            resource.CopyTo(file);
        }

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            Process process;
            try
            {
                process = Process.Start(new ProcessStartInfo("python3", [launcher, port.ToString(System.Globalization.CultureInfo.InvariantCulture), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                    Environment = { ["MOTO_ACCOUNT_ID"] = accountId ?? "123456789012" },
                })!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"moto is needed by this test: python3 could not be started ({e.Message}). Install it (pip install 'moto[server]') or set {EndpointVariable}.", e);
            }

            var errors = new System.Text.StringBuilder();
            process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            var endpoint = new Uri($"http://127.0.0.1:{port}");
            if (WaitUntilAnswering(endpoint, process, TimeSpan.FromSeconds(60)))
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
                return new MotoServer(endpoint, process, accountId ?? "123456789012");
            }

            Stop(process);
            lock (errors)
            {
                last = new InvalidOperationException($"moto_server did not start on {endpoint} (exit {(process.HasExited ? process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}): {errors}");
            }
        }

        throw new InvalidOperationException($"moto is needed by this test and could not be started. Install it (pip install 'moto[server]') or set {EndpointVariable}.", last);
    }

    private static bool WaitUntilAnswering(Uri endpoint, Process process, TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (process.HasExited)
            {
                return false;
            }

            try
            {
                using var response = client.GetAsync(new Uri(endpoint, "/moto-api/")).GetAwaiter().GetResult();
                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Thread.Sleep(100);
            }
        }

        return false;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
