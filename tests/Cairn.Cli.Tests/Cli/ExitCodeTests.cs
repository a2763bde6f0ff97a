using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Cli;

public sealed class ExitCodeTests
{
    [Fact]
    public async Task Succeeded_execution_exits_0()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.Pass));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Status: SUCCEEDED", """Output: {"ok":true}"""], result.StdoutLines);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Failed_execution_exits_1_and_prints_error_and_cause()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.Fail));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["Status: FAILED", "Error: Boom", "Cause: it broke"], result.StdoutLines);
    }

    [Fact]
    public async Task Invalid_definition_exits_1()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.NextMissing));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("MISSING_TRANSITION_TARGET at /States/X/Next", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mocked_task_runs_with_the_test_case()
    {
        using var dir = new TempFolder("machine");
        var result = await CairnCli.RunAsync(
            "run", dir.Write("d.json", Definitions.OneTask), "--mock-config", dir.Write("mocks.json", Definitions.MockConfig), "--test-case", "Works", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""{"done":true}""", result.Json().GetProperty("output").GetString());
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:machine", result.Json().GetProperty("stateMachineArn").GetString());
    }

    [Fact]
    public async Task Task_without_mocks_fails_the_execution_not_the_command()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.OneTask), "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("FAILED", result.Json().GetProperty("status").GetString());
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "--help" }, 0)]
    [InlineData(new[] { "help" }, 0)]
    [InlineData(new[] { "frobnicate" }, 2)]
    [InlineData(new[] { "run" }, 2)]
    [InlineData(new[] { "run", "a.json", "b.json" }, 2)]
    [InlineData(new[] { "run", "a.json", "--input" }, 2)]
    [InlineData(new[] { "run", "a.json", "--test-case", "X" }, 2)]
    [InlineData(new[] { "run", "a.json", "--mock-config", "m.json" }, 2)]
    [InlineData(new[] { "validate" }, 2)]
    [InlineData(new[] { "validate", "a.json", "--type", "FAST" }, 2)]
    public async Task Command_line_problems_exit_2_and_help_exits_0(string[] args, int exitCode)
    {
        var result = await CairnCli.RunAsync(args);

        Assert.Equal(exitCode, result.ExitCode);
        if (exitCode == 0 || args.Length == 0)
        {
            Assert.Contains("cairn run DEFINITION", result.Stdout, StringComparison.Ordinal);
        }
        else
        {
            Assert.Single(result.StderrLines);
            Assert.StartsWith("cairn: ", result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var result = await CairnCli.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^cairn \d+\.\d+\.\d+$", result.StdoutLines.Single());
    }
}
