using System.Globalization;
using Cairn.Integrations.Lambda;

namespace Cairn.Cli;

/// <summary><c>--functions DIR</c> and <c>--function NAME=PATH:HANDLER[:RUNTIME]</c>: real handlers for <c>cairn run</c> and <c>cairn serve</c>.</summary>
internal static class LambdaFunctions
{
    public static IReadOnlyList<CreateFunctionRequest> Read(CommandLine line)
    {
        try
        {
            var functions = new List<CreateFunctionRequest>();
            if (line.Value("functions") is { } directory)
            {
                functions.AddRange(FunctionFolders.ReadDirectory(directory));
            }

            functions.AddRange(line.Values("function").Select(FunctionFolders.ReadSpecification));
            return functions;
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }
        catch (Json.JsonParseException e)
        {
            throw new CliException($"{FunctionFolders.ConfigurationFile}: {e.Message}");
        }
    }

    public static int ParseConcurrency(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new UsageException($"--lambda-concurrency must be a whole number of 1 or more, not '{text}'");

    /// <summary>A Lambda service for one run, in a temporary folder removed when it is disposed; what handlers print goes to <paramref name="stderr"/>.</summary>
    public static RunLambda Start(IReadOnlyList<CreateFunctionRequest> functions, CommandLine line, TextWriter stderr)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cairn-run-lambda-" + Guid.NewGuid().ToString("N"));
        var service = new LambdaService(new InMemoryLambdaStore(), new LambdaOptions
        {
            DataDirectory = folder,
            AnyAccount = true,
            MaxConcurrency = line.Value("lambda-concurrency") is { } concurrency ? ParseConcurrency(concurrency) : 10,
            Warn = message => stderr.WriteLine($"cairn: {message}"),
            LogSink = (_, bytes) =>
            {
                lock (stderr)
                {
                    stderr.Write(System.Text.Encoding.UTF8.GetString(bytes.Span));
                }
            },
        });
        try
        {
            FunctionFolders.Install(service, functions);
        }
        catch (LambdaException e)
        {
            service.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new CliException($"{e.ErrorCode}: {e.Message}");
        }

        return new RunLambda(service, folder);
    }

    /// <summary>The run's Lambda service and its folder.</summary>
    public sealed class RunLambda(LambdaService service, string folder) : IAsyncDisposable
    {
        public LambdaService Service { get; } = service;

        public async ValueTask DisposeAsync()
        {
            await Service.DisposeAsync().ConfigureAwait(false);
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
