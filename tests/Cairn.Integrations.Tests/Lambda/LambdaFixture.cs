using System.Text;
using Cairn.Integrations.Lambda;

namespace Cairn.Integrations.Tests.Lambda;

/// <summary>A Lambda service of its own in a temporary folder, with helpers to create functions from source text; disposing stops every sandbox and removes the folder.</summary>
public sealed class LambdaFixture : IAsyncDisposable
{
    public LambdaFixture(Func<LambdaOptions, LambdaOptions>? configure = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "cairn-lambda-tests-" + Guid.NewGuid().ToString("N"));
        var options = new LambdaOptions { DataDirectory = Directory, AccountId = "111111111111", Warn = Warnings.Add };
        Options = configure is null ? options : configure(options);
        Service = new LambdaService(new InMemoryLambdaStore(), Options);
    }

    public string Directory { get; }

    public LambdaOptions Options { get; }

    public LambdaService Service { get; }

    public List<string> Warnings { get; } = new();

    public static byte[] Zip(params (string Name, string Content)[] files) => FunctionFolders.Zip(files);

    public static byte[] Zip(params (string Name, string Content, UnixFileMode? Mode)[] files) => FunctionFolders.Zip(files);

    public FunctionConfiguration Python(string name, string code, int timeout = 30, string runtime = "python3.11", IReadOnlyDictionary<string, string>? environment = null) =>
        Service.CreateFunction(new CreateFunctionRequest
        {
            FunctionName = name,
            Runtime = runtime,
            Handler = "handler.handler",
            ZipFile = Zip(("handler.py", code)),
            Timeout = timeout,
            Environment = environment,
        });

    public FunctionConfiguration Node(string name, string file, string code, string handler = "index.handler", int timeout = 30) =>
        Service.CreateFunction(new CreateFunctionRequest
        {
            FunctionName = name,
            Runtime = "nodejs20.x",
            Handler = handler,
            ZipFile = Zip((file, code)),
            Timeout = timeout,
        });

    public Task<InvokeResponse> Invoke(string name, string payload = "{}", string logType = "None") =>
        Service.InvokeAsync(new InvokeRequest(name, Encoding.UTF8.GetBytes(payload), LogType: logType));

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing after <paramref name="seconds"/>.</summary>
    public static async Task Eventually(Func<bool> condition, string what, int seconds = 30)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(seconds), $"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }

    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            return false;
        }
    }
}
