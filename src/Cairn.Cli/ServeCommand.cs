using System.Globalization;
using Cairn.Server;

namespace Cairn.Cli;

/// <summary><c>cairn serve</c>: the Step Functions API over HTTP until interrupted (Ctrl+C, SIGTERM).</summary>
internal static class ServeCommand
{
    /// <summary>Step Functions Local's variable for the mock configuration file.</summary>
    public const string MockConfigVariable = "SFN_MOCK_CONFIG";

    /// <summary>Step Functions Local's variable for scaling waits.</summary>
    public const string TimeScaleVariable = "WAIT_TIME_SCALE";

    public static readonly string[] Options = new[] { "port", "host", "data", "in-memory!", "account", "region", "access-key", "secret-key", "mock-config", "sync!", "time-scale", "evict-idle-after", "max-open-executions", "functions", "function", "lambda-concurrency", "allow-unauthenticated-remote-access!" }.Concat(AwsOptions.Names).ToArray();

    /// <summary>The flag that lets <c>cairn serve</c> listen beyond loopback without checking who calls.</summary>
    public const string AllowUnauthenticatedFlag = "allow-unauthenticated-remote-access";

    public static async Task<int> Execute(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{line.Positional[0]}'");
        }

        var options = ReadOptions(line, Environment.GetEnvironmentVariable);
        if (options.MockConfigPath is { } mocks && !File.Exists(mocks))
        {
            throw new CliException($"{mocks}: no such mock configuration file");
        }

        await using var server = await StartAsync(options).ConfigureAwait(false);
        var storage = options.DataDirectory is null ? "in memory" : Path.Combine(options.DataDirectory, CairnServer.DatabaseFileName);
        var authentication = options.AccessKeyId is null ? "requests are NOT authenticated" : "requests are authenticated (SigV4)";
        stdout.WriteLine($"cairn: listening on {server.Address} (account {options.AccountId}, region {options.Region}, store {storage}, {server.Resumed} running executions resumed; {authentication})");
        stdout.WriteLine($"cairn: console at {server.Address}{(options.AccessKeyId is null ? string.Empty : " (sign in with the server's access key)")}");
        if (server.AwsClient is { } aws)
        {
            stdout.WriteLine($"cairn: Task states call AWS services in {aws.Region}:");
            foreach (var destination in Integrations.Aws.AwsServiceSettings.Describe(aws, "the built-in Lambda service"))
            {
                stdout.WriteLine("  " + destination);
            }
        }
        else
        {
            stdout.WriteLine("cairn: AWS service calls are off (--no-aws-calls): .waitForTaskToken tasks hand their token over without sending anything, other service tasks fail");
        }

        stdout.Flush();
        await server.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>A server that cannot start (its port is taken, its data folder cannot be written) is a message, not a stack trace.</summary>
    private static async Task<CairnServer> StartAsync(ServerOptions options)
    {
        try
        {
            return await CairnServer.StartAsync(options).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>
    /// The server options from the command line; as in Step Functions Local, the environment
    /// variables <see cref="MockConfigVariable"/> and <see cref="TimeScaleVariable"/> stand in for
    /// --mock-config and --time-scale when those are not given.
    /// </summary>
    internal static ServerOptions ReadOptions(CommandLine line, Func<string, string?> environment)
    {
        var defaults = new ServerOptions();
        if (line.Flag("in-memory") && line.Value("data") is not null)
        {
            throw new UsageException("--in-memory and --data exclude each other");
        }

        if ((line.Value("access-key") is null) != (line.Value("secret-key") is null))
        {
            throw new UsageException("--access-key and --secret-key go together");
        }

        var options = new ServerOptions
        {
            Port = ParsePort(line.Value("port") ?? defaults.Port.ToString(CultureInfo.InvariantCulture)),
            Host = line.Value("host") ?? defaults.Host,
            DataDirectory = line.Flag("in-memory") ? null : line.Value("data") ?? defaults.DataDirectory,
            AccountId = ParseAccount(line.Value("account") ?? defaults.AccountId),
            Region = line.Value("region") ?? defaults.Region,
            AccessKeyId = line.Value("access-key"),
            SecretAccessKey = line.Value("secret-key"),
            MockConfigPath = line.Value("mock-config") ?? NonEmpty(environment(MockConfigVariable)),
            SyncEveryCommit = line.Flag("sync"),
            TimeScale = line.Value("time-scale") is { } scale ? ParseTimeScale(scale, "--time-scale")
                : NonEmpty(environment(TimeScaleVariable)) is { } fromEnvironment ? ParseTimeScale(fromEnvironment, TimeScaleVariable)
                : defaults.TimeScale,
            EvictIdleAfter = line.Value("evict-idle-after") is { } evict ? ParseSeconds(evict, "--evict-idle-after") : defaults.EvictIdleAfter,
            MaxOpenExecutions = line.Value("max-open-executions") is { } max ? ParseMaxOpenExecutions(max) : defaults.MaxOpenExecutions,
            Aws = AwsOptions.Read(line),
            Functions = LambdaFunctions.Read(line),
            LambdaConcurrency = line.Value("lambda-concurrency") is { } concurrency ? LambdaFunctions.ParseConcurrency(concurrency) : defaults.LambdaConcurrency,
        };
        if (!System.Net.IPAddress.TryParse(options.Host, out var address))
        {
            throw new UsageException($"--host must be an IP address, not '{options.Host}'");
        }

        // Executions run Lambda handlers: an open port without credentials would run code for anyone who reaches it.
        if (!System.Net.IPAddress.IsLoopback(address) && options.AccessKeyId is null && !line.Flag(AllowUnauthenticatedFlag))
        {
            throw new UsageException(
                $"refusing to listen on {options.Host} without credentials: anyone who can reach it could run executions and the Lambda functions they call. " +
                $"Give --access-key and --secret-key (every request is then SigV4-checked), or --{AllowUnauthenticatedFlag} to accept anyone");
        }

        return options;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static int ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new UsageException($"--port must be a number from 0 to 65535, not '{text}'");

    private static double ParseTimeScale(string text, string source) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale >= 0 && double.IsFinite(scale) ? scale
        : throw new UsageException($"{source} must be a number of 0 or more, not '{text}'");

    private static TimeSpan ParseSeconds(string text, string source) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(seconds)
        : throw new UsageException($"{source} must be a number of seconds of 0 or more, not '{text}'");

    private static long ParseMaxOpenExecutions(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max >= 1
            ? max
            : throw new UsageException($"--max-open-executions must be a whole number of 1 or more, not '{text}'");

    private static string ParseAccount(string text) =>
        text.Length == 12 && text.All(char.IsAsciiDigit) ? text : throw new UsageException($"--account must be 12 digits, not '{text}'");
}
