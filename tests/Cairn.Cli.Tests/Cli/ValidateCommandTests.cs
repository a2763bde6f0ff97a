using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Valid_definition_prints_OK_and_exits_0()
    {
        var path = RepoPaths.Example("order-processing", "definition.asl.json");
        var result = await CairnCli.RunAsync("validate", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{path}: OK"], result.StdoutLines);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Validate_and_run_agree_on_a_Pass_state_whose_Parameters_is_an_array()
    {
        using var dir = new TempFolder();
        var path = dir.Write("d.json", """
            {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":[1,{"a.$":"$.a"},"x"],"End":true}}}
            """);

        var validated = await CairnCli.RunAsync("validate", path);
        Assert.Equal((0, $"{path}: OK"), (validated.ExitCode, validated.Stdout.Trim()));

        var run = await CairnCli.RunAsync("run", path, "--json", "--input", """{"a":5}""");
        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal("SUCCEEDED", json.GetProperty("status").GetString());
        Assert.Equal("""[1,{"a":5},"x"]""", json.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Invalid_definition_prints_each_diagnostic_with_code_and_location()
    {
        using var dir = new TempFolder();
        var path = dir.Write("d.json", Definitions.NextMissing);
        var result = await CairnCli.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{path}: error MISSING_TRANSITION_TARGET at /States/X/Next: Missing 'Next' target: Nowhere",
                $"{path}: error MISSING_TRANSITION_TARGET at /States/Y: State \"Y\" is not reachable.",
            ],
            result.StdoutLines);
    }

    [Fact]
    public async Task Json_output_lists_diagnostics_like_ValidateStateMachineDefinition()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("validate", dir.Write("d.json", Definitions.NextMissing), "--json");

        Assert.Equal(1, result.ExitCode);
        var json = result.Json();
        Assert.Equal("FAIL", json.GetProperty("result").GetString());
        Assert.False(json.GetProperty("truncated").GetBoolean());
        var diagnostics = json.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        var diagnostic = diagnostics[0];
        Assert.Equal("ERROR", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("MISSING_TRANSITION_TARGET", diagnostic.GetProperty("code").GetString());
        Assert.Equal("/States/X/Next", diagnostic.GetProperty("location").GetString());
        Assert.Equal("Missing 'Next' target: Nowhere", diagnostic.GetProperty("message").GetString());
        Assert.Equal("/States/Y", diagnostics[1].GetProperty("location").GetString());
    }

    [Fact]
    public async Task Json_output_of_a_valid_definition_is_OK_with_no_diagnostics()
    {
        var result = await CairnCli.RunAsync("validate", RepoPaths.Example("call-external-api", "definition.asl.json"), "--json", "--type", "express");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal("OK", json.GetProperty("result").GetString());
        Assert.Equal(0, json.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Every_example_definition_is_valid()
    {
        foreach (var folder in Directory.GetDirectories(RepoPaths.Examples))
        {
            var result = await CairnCli.RunAsync("validate", Path.Combine(folder, "definition.asl.json"));
            Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        }
    }

    [Fact]
    public async Task Unreadable_definition_is_one_line_on_stderr()
    {
        var result = await CairnCli.RunAsync("validate", "/no/such/definition.json");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Contains("/no/such/definition.json", line, StringComparison.Ordinal);
    }
}
