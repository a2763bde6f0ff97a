using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Mocks;
using Cairn.Json;

namespace Cairn.Cli;

/// <summary><c>cairn run</c>: one execution in process.</summary>
internal static class RunCommand
{
    public static readonly string[] Options = new[] { "input", "mock-config", "test-case", "state-machine", "name", "time-scale", "history!", "json!", "functions", "function", "lambda-concurrency", "substitutions", "connections" }.Concat(AwsOptions.Names).ToArray();

    public static async Task<int> Execute(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var definitionPath = line.Single("DEFINITION (a state machine definition file)");
        var timeScale = ParseTimeScale(line.Value("time-scale"));
        var input = line.Value("input") is { } inputArgument ? InputFiles.ReadJsonArgument(inputArgument, "--input") : JObject.Empty;
        var machineName = line.Value("state-machine") ?? DefaultMachineName(definitionPath);
        var functions = LambdaFunctions.Read(line);
        await using var lambda = functions.Count == 0 ? null : LambdaFunctions.Start(functions, line, stderr);
        var tasks = LoadTasks(line, machineName, lambda?.Service);
        var machine = DefinitionLoader.Load(definitionPath, DefinitionFiles.Read(definitionPath, line), ValidationOptions.Standard, stderr)
            ?? throw new CliException($"{definitionPath}: the definition is not valid (see above)");

        var showProgress = !line.Flag("json") && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        var options = new LocalExecutionOptions
        {
            StateMachineName = machineName,
            ExecutionName = line.Value("name"),
            TestCase = line.Value("test-case"),
            TimeScale = timeScale,
            OnStep = showProgress ? step => Progress.Show(stderr, step) : null,
        };
        var execution = await LocalExecution.RunAsync(machine, input, tasks, options).ConfigureAwait(false);
        if (line.Flag("json"))
        {
            stdout.WriteLine(ExecutionReport.Describe(execution, line.Flag("history")).ToIndentedJson());
        }
        else
        {
            ExecutionReport.WriteText(stdout, execution, line.Flag("history"));
        }

        return execution.Status == ExecutionStatus.SUCCEEDED ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static double ParseTimeScale(string? text)
    {
        if (text is null)
        {
            return 1;
        }

        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var scale) || scale < 0 || !double.IsFinite(scale))
        {
            throw new UsageException($"--time-scale must be a number of 0 or more, not '{text}'");
        }

        return scale;
    }

    private static string DefaultMachineName(string definitionPath)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(definitionPath)));
        return string.IsNullOrEmpty(folder) ? "StateMachine" : folder;
    }

    /// <summary>Mocks, the built-in Lambda service (with functions), AWS services, HTTP Tasks, or nothing: Task states fail saying what to configure.</summary>
    private static ITaskHandler LoadTasks(CommandLine line, string machineName, Integrations.Lambda.LambdaService? lambda)
    {
        Integrations.Aws.Tasks.AwsTaskHandler? aws;
        try
        {
            aws = AwsOptions.Read(line).CreateHandler();
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }

        var mocks = LoadMocks(line, machineName);
        ITaskHandler fallback = mocks is null ? NoTaskHandler.Instance : new MockTaskHandler(mocks);
        var connections = LoadConnections(line);
        return aws is null && lambda is null && connections is null
            ? fallback
            : new Integrations.TaskRouter(fallback, mocks, lambda: lambda, aws: aws, http: new Integrations.Http.HttpTaskHandler(connections ?? new Integrations.Http.FileConnectionStore()));
    }

    /// <summary>
    /// <c>--connections FILE</c>: the EventBridge connections HTTP Tasks authenticate with (a JSON
    /// array of CreateConnection requests, each with an optional ConnectionArn); null without it.
    /// </summary>
    private static Integrations.Http.IConnectionStore? LoadConnections(CommandLine line)
    {
        if (line.Value("connections") is not { } path)
        {
            return null;
        }

        var options = new LocalExecutionOptions();
        try
        {
            return Server.Connections.ConnectionFile.Read(InputFiles.ReadText(path, "connections file"), new Server.Protocol.RequestCaller(options.AccountId, options.Region), DateTimeOffset.UtcNow);
        }
        catch (FormatException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
    }

    private static MockConfig? LoadMocks(CommandLine line, string machineName)
    {
        var configPath = line.Value("mock-config");
        var testCase = line.Value("test-case");
        if (configPath is null)
        {
            return testCase is null ? null : throw new UsageException("--test-case needs --mock-config");
        }

        if (testCase is null)
        {
            throw new UsageException("--mock-config needs --test-case NAME");
        }

        MockConfig config;
        try
        {
            config = MockConfig.Parse(InputFiles.ReadText(configPath, "mock configuration"));
        }
        catch (MockConfigException e)
        {
            throw new CliException($"{configPath}: {e.Message}");
        }
        catch (JsonParseException e)
        {
            throw new CliException($"{configPath}: {e.Message}");
        }

        if (!config.HasStateMachine(machineName))
        {
            throw new CliException($"{configPath}: no state machine '{machineName}' under StateMachines (it has: {string.Join(", ", config.StateMachineNames)}); name it with --state-machine");
        }

        if (!config.TryGetTestCase(machineName, testCase, out _))
        {
            var known = string.Join(", ", config.TestCasesOf(machineName).Select(t => t.Name));
            throw new CliException($"{configPath}: state machine '{machineName}' has no test case '{testCase}' (it has: {known})");
        }

        return config;
    }
}
