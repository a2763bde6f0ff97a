using System.Text.Json;
using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Cli;

/// <summary><c>cairn jsonata</c>: the result as JSON, undefined as nothing, errors as one line (or one envelope with --json).</summary>
public sealed class JsonataCommandTests : IDisposable
{
    private const string Orders = """{"orders": [{"id": "a", "total": 5}, {"id": "b", "total": 7.5}], "currency": "EUR"}""";

    private readonly TempFolder _dir = new("jsonata");

    public void Dispose() => _dir.Dispose();

    private string Input => _dir.Write("input.json", Orders);

    [Fact]
    public async Task Prints_the_result_as_indented_json()
    {
        var result = await CairnCli.RunAsync("jsonata", "{'ids': orders.id, 'sum': $sum(orders.total)}", "--input", Input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\n  \"ids\": [\n    \"a\",\n    \"b\"\n  ],\n  \"sum\": 12.5\n}\n", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Reads_the_expression_from_a_file_with_an_at_sign()
    {
        var expression = _dir.Write("total.jsonata", "/* the grand total */\n$sum(orders.total) & ' ' & currency");
        var result = await CairnCli.RunAsync("jsonata", "@" + expression, "--input", Input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("\"12.5 EUR\"", result.Stdout.Trim());
    }

    [Fact]
    public void Reads_the_input_from_stdin_given_a_dash()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var line = CommandLine.Parse(["orders[total > 6].id", "--input", "-"], JsonataCommand.Options);

        var exitCode = JsonataCommand.Execute(line, new StringReader(Orders), stdout, stderr);

        Assert.Equal(0, exitCode);
        Assert.Equal("\"b\"", stdout.ToString().Trim());
    }

    [Fact]
    public async Task Without_input_the_input_is_undefined()
    {
        var result = await CairnCli.RunAsync("jsonata", "$exists($) ? 'defined' : 'undefined'");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("\"undefined\"", result.Stdout.Trim());
    }

    [Fact]
    public async Task An_undefined_result_prints_nothing_and_exits_0_with_a_note()
    {
        var result = await CairnCli.RunAsync("jsonata", "orders.missing", "--input", Input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("undefined", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evaluation_error_is_code_message_and_position_on_stderr_with_exit_1()
    {
        var result = await CairnCli.RunAsync("jsonata", "1 + \"a\"");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("T2002: ", line, StringComparison.Ordinal);
        Assert.Contains("position 3", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_exits_1()
    {
        var result = await CairnCli.RunAsync("jsonata", "$sum(");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("S0", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_envelope_holds_the_result()
    {
        var result = await CairnCli.RunAsync("jsonata", "orders[0]", "--input", Input, "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal(["result"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("a", json.GetProperty("result").GetProperty("id").GetString());
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Json_envelope_marks_undefined()
    {
        var result = await CairnCli.RunAsync("jsonata", "nothing", "--input", Input, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""{"undefined":true}""", JsonSerializer.Serialize(result.Json()));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Json_envelope_holds_the_error_with_exit_1()
    {
        var result = await CairnCli.RunAsync("jsonata", "1 + \"a\"", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var error = result.Json().GetProperty("error");
        Assert.Equal("T2002", error.GetProperty("code").GetString());
        Assert.Equal(3, error.GetProperty("position").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Bindings_file_names_variables_with_or_without_the_dollar()
    {
        var bindings = _dir.Write("bindings.json", """{"rate": 2, "$label": "x"}""");
        var result = await CairnCli.RunAsync("jsonata", "$label & ($sum(orders.total) * $rate)", "--input", Input, "--bindings", bindings);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("\"x25\"", result.Stdout.Trim());
    }

    [Fact]
    public async Task Depth_limit_stops_deep_recursion_with_U1001()
    {
        var result = await CairnCli.RunAsync("jsonata", "($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(500))", "--depth", "50");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("U1001: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_limit_stops_a_long_evaluation_with_U1001()
    {
        var result = await CairnCli.RunAsync("jsonata", "($f := function($n) { $n = 0 ? 0 : $f($n - 1) }; [1..200000].$f(20))", "--time-limit", "100");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("U1001: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--time-limit", "0")]
    [InlineData("--time-limit", "soon")]
    [InlineData("--depth", "-3")]
    public async Task Bad_limit_is_a_usage_error(string option, string value)
    {
        var result = await CairnCli.RunAsync("jsonata", "1", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_expression_is_a_usage_error()
    {
        var result = await CairnCli.RunAsync("jsonata", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("EXPR", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_or_invalid_files_are_one_line_with_exit_1()
    {
        var missing = Path.Combine(_dir.Dir, "missing.json");
        var invalid = _dir.Write("invalid.json", """{"a": 1,}""");
        var array = _dir.Write("array.json", "[1]");

        foreach (var args in new[]
                 {
                     new[] { "jsonata", "a", "--input", missing },
                     ["jsonata", "a", "--input", invalid],
                     ["jsonata", "@" + missing],
                     ["jsonata", "a", "--bindings", array],
                 })
        {
            var result = await CairnCli.RunAsync(args);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("", result.Stdout);
            var line = Assert.Single(result.StderrLines);
            Assert.StartsWith("cairn: ", line, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(args[^1].TrimStart('@')), line, StringComparison.Ordinal);
        }
    }
}
