namespace Cairn.Cli;

/// <summary>The <c>cairn</c> command.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static async Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage.Text);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        try
        {
            return args[0] switch
            {
                "run" => await RunCommand.Execute(CommandLine.Parse(args[1..], RunCommand.Options), stdout, stderr).ConfigureAwait(false),
                "validate" => ValidateCommand.Execute(CommandLine.Parse(args[1..], ValidateCommand.Options), stdout, stderr),
                "test-state" => TestStateCommand.Execute(CommandLine.Parse(args[1..], TestStateCommand.Options), stdout, stderr),
                "serve" => await ServeCommand.Execute(CommandLine.Parse(args[1..], ServeCommand.Options), stdout, stderr).ConfigureAwait(false),
                "deploy" => await Deploy.DeployCommand.Execute(args[1..], stdout).ConfigureAwait(false),
                "jsonata" => JsonataCommand.Execute(CommandLine.Parse(args[1..], JsonataCommand.Options), Console.In, stdout, stderr),
                "--version" or "version" => Version(stdout),
                _ => throw new UsageException($"unknown command '{args[0]}' (try 'cairn --help')"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"cairn: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (CliException e)
        {
            stderr.WriteLine($"cairn: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private static int Version(TextWriter stdout)
    {
        stdout.WriteLine($"cairn {typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}");
        return ExitCodes.Ok;
    }
}
