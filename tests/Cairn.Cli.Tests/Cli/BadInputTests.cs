using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Cli;

/// <summary>A bad file, option or value is one line on stderr saying what and where, never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _dir = new("machine");

    public void Dispose() => _dir.Dispose();

    private string Definition => _dir.Write("d.json", Definitions.OneTask);

    private string Mocks => _dir.Write("mocks.json", Definitions.MockConfig);

    private static string OneLine(CliResult result, int exitCode)
    {
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("cairn: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        return line;
    }

    [Fact]
    public async Task Missing_definition_file()
    {
        var path = Path.Combine(_dir.Dir, "missing.asl.json");
        var line = OneLine(await CairnCli.RunAsync("run", path), 1);

        Assert.Contains("definition", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_input_file()
    {
        var path = Path.Combine(_dir.Dir, "missing-input.json");
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--input", "@" + path), 1);

        Assert.Contains("--input", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_mock_config_file()
    {
        var path = Path.Combine(_dir.Dir, "missing-mocks.json");
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--mock-config", path, "--test-case", "Works"), 1);

        Assert.Contains("mock configuration", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_json_gives_line_and_column()
    {
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--input", """{"a": 1,}"""), 1);

        Assert.StartsWith("cairn: --input: ", line, StringComparison.Ordinal);
        Assert.Contains("line 1, column 9", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_file_names_the_file_line_and_column()
    {
        var path = _dir.Write("bad-input.json", "{\n  \"a\": 1\n  \"b\": 2\n}");
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--input", "@" + path), 1);

        Assert.StartsWith($"cairn: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains("line 3, column 3", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_definition_json_gives_line_and_column_without_a_stack_trace()
    {
        var path = _dir.Write("broken.json", "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": { \"Type\": \"Pass\", \"End\": true, }\n  }\n}\n");
        var result = await CairnCli.RunAsync("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"{path}: error INVALID_JSON_DESCRIPTION", result.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"line:? 4, column:? 41", result.Stderr);
        Assert.DoesNotContain("   at Cairn.", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith($"cairn: {path}: the definition is not valid (see above)", result.StderrLines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus", "unknown option '--bogus'")]
    [InlineData("--input=", "--input: ")]
    [InlineData("--jsn", "unknown option '--jsn'")]
    public async Task Unknown_or_empty_option(string option, string message)
    {
        var line = OneLine(await CairnCli.RunAsync("run", Definition, option), option.StartsWith("--input", StringComparison.Ordinal) ? 1 : 2);

        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_test_case_lists_the_known_ones()
    {
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--mock-config", Mocks, "--test-case", "Wrks"), 1);

        Assert.Equal($"cairn: {Mocks}: state machine 'machine' has no test case 'Wrks' (it has: Works)", line);
    }

    [Fact]
    public async Task Unknown_state_machine_in_the_mock_config()
    {
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--mock-config", Mocks, "--test-case", "Works", "--state-machine", "other"), 1);

        Assert.Contains("no state machine 'other'", line, StringComparison.Ordinal);
        Assert.Contains("(it has: machine)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Retrun", "MockedResponses.Done.'0'.Retrun: unknown member")]
    [InlineData("TestCase", "StateMachines.machine.TestCase: unknown member")]
    public async Task Mock_config_typo_names_the_member(string typo, string message)
    {
        var config = Definitions.MockConfig
            .Replace(typo == "Retrun" ? "\"Return\"" : "\"TestCases\"", $"\"{typo}\"", StringComparison.Ordinal);
        var path = _dir.Write("typo.json", config);
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--mock-config", path, "--test-case", "Works"), 1);

        Assert.StartsWith($"cairn: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mock_config_referring_to_an_undefined_response()
    {
        var path = _dir.Write("undefined.json", Definitions.MockConfig.Replace("\"Work\": \"Done\"", "\"Work\": \"Don\"", StringComparison.Ordinal));
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--mock-config", path, "--test-case", "Works"), 1);

        Assert.Contains("'Don'", line, StringComparison.Ordinal);
        Assert.Contains("StateMachines.machine.TestCases.Works.Work", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mock_config_that_is_not_json()
    {
        var path = _dir.Write("notjson.json", "{\"StateMachines\": {}");
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--mock-config", path, "--test-case", "Works"), 1);

        Assert.StartsWith($"cairn: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains("line 1", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-0.5")]
    [InlineData("fast")]
    [InlineData("Infinity")]
    public async Task Time_scale_must_be_a_number_of_0_or_more(string value)
    {
        var line = OneLine(await CairnCli.RunAsync("run", Definition, "--time-scale", value), 2);

        Assert.Equal($"cairn: --time-scale must be a number of 0 or more, not '{value}'", line);
    }

    [Fact]
    public async Task Unknown_command()
    {
        var line = OneLine(await CairnCli.RunAsync("execute", Definition), 2);

        Assert.Contains("unknown command 'execute'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_port_already_taken()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var line = OneLine(await CairnCli.RunAsync("serve", "--in-memory", "--port", port), 1);

        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("address already in use", line, StringComparison.Ordinal);
    }
}
