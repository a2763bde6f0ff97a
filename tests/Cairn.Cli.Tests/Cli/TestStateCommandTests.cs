using System.Text.Json;
using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Cli;

public sealed class TestStateCommandTests
{
    private const string Machine = """
        {"StartAt": "Call", "States": {
          "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f", "Payload.$": "$"},
                   "ResultSelector": {"body.$": "$.Payload"}, "ResultPath": "$.call",
                   "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure", "Next": "Recover"}], "Next": "Done"},
          "Recover": {"Type": "Pass", "End": true},
          "Done": {"Type": "Succeed"}}}
        """;

    [Fact]
    public async Task A_state_of_a_machine_runs_with_a_mocked_result_and_prints_its_output()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync(
            "test-state", dir.Write("machine.json", Machine), "--state", "Call",
            "--input", """{"n": 1}""", "--mock-result", "@" + dir.Write("result.json", """{"Payload": {"ok": true}}"""),
            "--field-validation-mode", "NONE");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Status: SUCCEEDED", "Next state: Done"], result.StdoutLines[..2]);
        var output = JsonDocument.Parse(result.StdoutLines[2]["Output: ".Length..]).RootElement;
        Assert.True(output.GetProperty("call").GetProperty("body").GetProperty("ok").GetBoolean());
        Assert.Equal(1, output.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task A_mocked_result_is_checked_against_the_api_in_strict_mode_by_default()
    {
        using var dir = new TempFolder();
        var path = dir.Write("machine.json", Machine);
        var result = await CairnCli.RunAsync("test-state", path, "--state", "Call", "--mock-result", """{"Payload": {"ok": true}}""");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"cairn: {path}: ValidationException: Mock result schema validation error: Field 'Payload' must be a string", result.StderrLines.Single());
    }

    [Fact]
    public async Task A_mocked_error_is_caught_and_the_json_output_is_the_TestState_response()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync(
            "test-state", dir.Write("machine.json", Machine), "--state", "Call",
            "--mock-error", "Boom", "--mock-cause", "it broke", "--inspection-level", "DEBUG", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal("CAUGHT_ERROR", json.GetProperty("status").GetString());
        Assert.Equal("Recover", json.GetProperty("nextState").GetString());
        Assert.Equal("Boom", json.GetProperty("error").GetString());
        Assert.Equal("it broke", json.GetProperty("cause").GetString());
        Assert.Equal(0, json.GetProperty("inspectionData").GetProperty("errorDetails").GetProperty("catchIndex").GetInt32());
    }

    [Fact]
    public async Task A_single_state_that_fails_exits_with_1()
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync("test-state", dir.Write("fail.json", """{"Type": "Fail", "Error": "Nope", "Cause": "because"}"""));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["Status: FAILED", "Error: Nope", "Cause: because"], result.StdoutLines);
    }

    [Fact]
    public async Task Variables_and_context_are_read_from_arguments()
    {
        using var dir = new TempFolder();
        var state = """{"Type": "Pass", "Parameters": {"greeting.$": "$greeting", "id.$": "$$.Execution.Id"}, "End": true}""";
        var result = await CairnCli.RunAsync(
            "test-state", dir.Write("pass.json", state),
            "--variables", """{"greeting": "hi"}""",
            "--context", """{"Execution": {"Id": "arn:aws:states:us-east-1:123456789012:execution:m:e"}}""", "--json");

        Assert.Equal(0, result.ExitCode);
        var output = JsonDocument.Parse(result.Json().GetProperty("output").GetString()!).RootElement;
        Assert.Equal("hi", output.GetProperty("greeting").GetString());
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:m:e", output.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Requests_TestState_rejects_are_reported_with_the_error_code()
    {
        using var dir = new TempFolder();
        var path = dir.Write("pass.json", """{"Type": "Pass", "End": true}""");
        var result = await CairnCli.RunAsync("test-state", path, "--input", "{not json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"cairn: {path}: InvalidExecutionInput: ", result.StderrLines.Single());
    }

    [Theory]
    [InlineData("--mock-result", "{}", "--mock-error", "E")]
    [InlineData("--inspection-level", "LOUD")]
    [InlineData("--mock-result", "{}", "--field-validation-mode", "LAX")]
    public async Task Conflicting_or_unknown_options_are_usage_errors(params string[] options)
    {
        using var dir = new TempFolder();
        var result = await CairnCli.RunAsync(["test-state", dir.Write("pass.json", """{"Type": "Pass", "End": true}"""), .. options]);

        Assert.Equal(2, result.ExitCode);
    }
}
