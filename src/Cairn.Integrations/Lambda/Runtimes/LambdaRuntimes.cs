using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Cairn.Integrations.Lambda.Runtimes;

/// <summary>
/// Runs Lambda runtimes without containers: <c>python3.x</c> on the machine's Python and
/// <c>nodejs*</c> on its Node.js, each with Cairn's runtime interface client (written to
/// <see cref="SupportFolder"/> from this assembly's resources); <c>provided</c>,
/// <c>provided.al2</c> and <c>provided.al2023</c> run the zip's <c>bootstrap</c>; <c>dotnet*</c>
/// runs a function published as an executable (<c>dotnet HANDLER.dll</c>, or its
/// <c>bootstrap</c>). A function that asks for a version the machine does not have runs on the
/// one it has, with a warning.
/// </summary>
public sealed class LambdaRuntimes
{
    /// <summary>Runtime identifiers Lambda accepts (CreateFunction's enum), those Cairn runs included.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x", "nodejs22.x",
        "python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "python3.10", "python3.11", "python3.12", "python3.13",
        "java8", "java8.al2", "java11", "java17", "java21", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "dotnet8",
        "nodejs4.3-edge", "go1.x", "ruby2.5", "ruby2.7", "ruby3.2", "ruby3.3", "provided", "provided.al2", "provided.al2023",
    };

    /// <summary>Runtimes Lambda no longer lets functions be created or updated with, and the runtime it recommends instead.</summary>
    private static readonly IReadOnlyDictionary<string, string> RetiredRuntimes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nodejs"] = "nodejs22.x", ["nodejs4.3"] = "nodejs22.x", ["nodejs4.3-edge"] = "nodejs22.x", ["nodejs6.10"] = "nodejs22.x",
        ["nodejs8.10"] = "nodejs22.x", ["nodejs10.x"] = "nodejs22.x", ["nodejs12.x"] = "nodejs22.x",
        ["python2.7"] = "python3.13", ["python3.6"] = "python3.13",
        ["dotnetcore1.0"] = "dotnet8", ["dotnetcore2.0"] = "dotnet8", ["dotnetcore2.1"] = "dotnet8", ["ruby2.5"] = "ruby3.3",
    };

    // Programs do not change while the process runs: each is asked once (a version manager's shim can take a while to answer).
    private static readonly ConcurrentDictionary<string, string?> Probes = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _findProgram;
    private readonly Lazy<string> _pythonBootstrap;
    private readonly Lazy<string> _nodeBootstrap;

    public LambdaRuntimes(string supportFolder, Func<string, string?>? findProgram = null)
    {
        SupportFolder = supportFolder;
        _findProgram = findProgram ?? FindOnPath;

        // Written when first needed: a service that never starts a sandbox leaves no folder behind.
        _pythonBootstrap = new Lazy<string>(() => WriteResource("bootstrap.py"));
        _nodeBootstrap = new Lazy<string>(() => WriteResource("bootstrap.cjs"));
    }

    /// <summary>Where the runtime interface clients are written.</summary>
    public string SupportFolder { get; }

    public string PythonBootstrap => _pythonBootstrap.Value;

    public string NodeBootstrap => _nodeBootstrap.Value;

    /// <summary>The runtime Lambda recommends instead of <paramref name="runtime"/> when it is retired (no longer accepted for new or updated functions), else null.</summary>
    public static string? Retired(string runtime) => RetiredRuntimes.GetValueOrDefault(runtime);

    /// <summary>How to start a sandbox of <paramref name="function"/> whose code is in <paramref name="taskRoot"/>; a runtime that cannot run here throws <see cref="SandboxError"/>.</summary>
    public RuntimeCommand Resolve(FunctionConfiguration function, string taskRoot)
    {
        var runtime = function.Runtime;
        if (runtime.StartsWith("python3", StringComparison.Ordinal))
        {
            return Python(runtime);
        }

        if (runtime.StartsWith("nodejs", StringComparison.Ordinal))
        {
            return Node(runtime);
        }

        if (runtime is "provided" or "provided.al2" or "provided.al2023")
        {
            return Bootstrap(taskRoot);
        }

        if (runtime.StartsWith("dotnet", StringComparison.Ordinal))
        {
            return DotNet(function, taskRoot);
        }

        throw new SandboxError("Runtime.InvalidRuntime", $"The runtime {runtime} is not supported by Cairn: it runs python3.x, nodejs*, provided*, and dotnet* functions published as executables.");
    }

    private RuntimeCommand Python(string runtime)
    {
        var environment = new Dictionary<string, string> { ["PYTHONUNBUFFERED"] = "1", ["PYTHONDONTWRITEBYTECODE"] = "1" };
        var exact = _findProgram(runtime) is { } candidate ? PythonAt(candidate) : null;
        var python = exact ?? (_findProgram("python3") is { } fallback ? PythonAt(fallback) : null)
            ?? throw new SandboxError("Runtime.InvalidRuntime", $"The runtime {runtime} is not installed on this machine: neither {runtime} nor python3 runs here.");
        var warning = exact is null ? $"{runtime} is not installed: running with {python.Executable} (Python {python.Version})." : null;
        return new RuntimeCommand(python.Executable, ["-u", PythonBootstrap], environment, warning, Spares: true);
    }

    /// <summary>
    /// The interpreter a Python command runs, and its version; null when it does not run (a
    /// version manager's shim for a version that is not selected). The interpreter itself is used,
    /// so that no shim starts on every cold start.
    /// </summary>
    private static (string Executable, string Version)? PythonAt(string program)
    {
        var probe = Probe(program, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])")?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return probe is { Length: 2 } && File.Exists(probe[0]) ? (probe[0], probe[1]) : null;
    }

    private RuntimeCommand Node(string runtime)
    {
        var node = _findProgram("node")
            ?? throw new SandboxError("Runtime.InvalidRuntime", $"The runtime {runtime} is not installed on this machine: node is not on the PATH.");
        var version = Probe(node, "--version");
        var wanted = runtime["nodejs".Length..].Split('.')[0];
        string? warning = null;
        if (wanted.Length > 0 && version is not null && !version.TrimStart('v').StartsWith(wanted + ".", StringComparison.Ordinal))
        {
            warning = $"{runtime} is not installed: running with {node} (Node.js {version}).";
        }

        return new RuntimeCommand(node, [NodeBootstrap], new Dictionary<string, string>(), warning, Spares: true);
    }

    private static RuntimeCommand Bootstrap(string taskRoot)
    {
        var bootstrap = Path.Combine(taskRoot, "bootstrap");
        if (!File.Exists(bootstrap))
        {
            throw SandboxError.InvalidEntrypoint("Couldn't find valid bootstrap(s): [/var/task/bootstrap /opt/bootstrap]");
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(bootstrap) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) == 0)
        {
            throw SandboxError.InvalidEntrypoint("fork/exec /var/task/bootstrap: permission denied");
        }

        return new RuntimeCommand(bootstrap, [], new Dictionary<string, string>());
    }

    private RuntimeCommand DotNet(FunctionConfiguration function, string taskRoot)
    {
        if (function.Handler.Contains("::", StringComparison.Ordinal))
        {
            throw SandboxError.InvalidEntrypoint(
                $"The handler '{function.Handler}' names a class library method (ASSEMBLY::TYPE::METHOD), which Cairn does not host: publish the function as an executable (handler: the assembly name) that runs the Lambda runtime client.");
        }

        var assembly = Path.Combine(taskRoot, function.Handler + ".dll");
        if (File.Exists(assembly))
        {
            var dotnet = _findProgram("dotnet")
                ?? throw new SandboxError("Runtime.InvalidRuntime", $"The runtime {function.Runtime} is not installed on this machine: dotnet is not on the PATH.");
            return new RuntimeCommand(dotnet, ["exec", assembly], new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        }

        return File.Exists(Path.Combine(taskRoot, "bootstrap"))
            ? Bootstrap(taskRoot)
            : throw SandboxError.InvalidEntrypoint($"Couldn't find the function's assembly /var/task/{function.Handler}.dll or a /var/task/bootstrap.");
    }

    /// <summary>What <paramref name="program"/> prints when run with <paramref name="arguments"/> (asked once per program); null when it fails.</summary>
    private static string? Probe(string program, params string[] arguments) => Probes.GetOrAdd(program + "\0" + string.Join("\0", arguments), _ =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }

            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 ? text.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    });

    /// <summary>The full path of <paramref name="program"/> on the PATH, or null.</summary>
    public static string? FindOnPath(string program)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private string WriteResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Cairn.Integrations.Lambda.Runtimes." + name)
            ?? throw new InvalidOperationException($"The runtime resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        Directory.CreateDirectory(SupportFolder);
        var path = Path.Combine(SupportFolder, name);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }
}
