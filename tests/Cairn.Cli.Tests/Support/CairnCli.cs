namespace Cairn.Cli.Tests.Support;

/// <summary>Runs the <c>cairn</c> command in process.</summary>
internal static class CairnCli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await Program.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The README command of an example test case, with --json --history.</summary>
    public static Task<CliResult> RunExampleAsync(string example, string testCase) =>
        RunAsync(
            "run", RepoPaths.Example(example, "definition.asl.json"),
            "--input", "@" + RepoPaths.Example(example, "input.json"),
            "--mock-config", RepoPaths.Example(example, "mock-config.json"),
            "--test-case", testCase,
            "--time-scale", "0",
            "--json", "--history");
}
