using System.Text.Json;
using System.Text.Json.Nodes;
using Cairn.Engine.Testing;
using Cairn.Server.Testing;

namespace Cairn.Cli;

/// <summary>
/// <c>cairn test-state</c>: one state tested as the TestState API tests it (a state definition,
/// or a state machine definition and <c>--state</c>), with a mocked result or error for tasks.
/// Exit code 0 when the state produced an output (SUCCEEDED, CAUGHT_ERROR).
/// </summary>
internal static class TestStateCommand
{
    public static readonly string[] Options =
        { "state", "input", "variables", "context", "mock-result", "mock-error", "mock-cause", "field-validation-mode", "inspection-level", "json!" };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Execute(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var path = line.Single("DEFINITION (a state, or a state machine definition with --state)");
        var request = new TestStateRequest
        {
            Definition = InputFiles.ReadText(path, "definition"),
            StateName = line.Value("state"),
            Input = Text(line, "input"),
            Variables = Text(line, "variables"),
            Context = Text(line, "context"),
            Mock = ReadMock(line),
            InspectionLevel = ReadInspectionLevel(line.Value("inspection-level")),
        };

        TestStateResponse response;
        try
        {
            response = new StateTester().Test(request);
        }
        catch (TestStateException e)
        {
            throw new CliException($"{path}: {e.Code}: {e.Message}");
        }

        if (line.Flag("json"))
        {
            stdout.WriteLine(TestStateResponses.ToJson(response).ToJsonString(Indented));
        }
        else
        {
            WriteText(stdout, TestStateResponses.ToJson(response));
        }

        return response.Status is TestExecutionStatus.SUCCEEDED or TestExecutionStatus.CAUGHT_ERROR ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>JSON text given inline or as @FILE; the tester checks it as the API does.</summary>
    private static string? Text(CommandLine line, string option) =>
        line.Value(option) is not { } argument ? null
        : argument.StartsWith('@') ? InputFiles.ReadText(argument[1..], "--" + option)
        : argument;

    private static MockInput? ReadMock(CommandLine line)
    {
        var result = Text(line, "mock-result");
        var error = line.Value("mock-error");
        var cause = line.Value("mock-cause");
        if (result is not null && (error is not null || cause is not null))
        {
            throw new UsageException("--mock-result and --mock-error/--mock-cause exclude each other");
        }

        if (result is not null)
        {
            return new MockInput { Result = result, FieldValidationMode = ReadValidationMode(line.Value("field-validation-mode")) };
        }

        return error is null && cause is null ? null : new MockInput { ErrorOutput = new MockErrorOutput { Error = error, Cause = cause } };
    }

    private static MockResponseValidationMode ReadValidationMode(string? text) => text?.ToUpperInvariant() switch
    {
        null or "STRICT" => MockResponseValidationMode.STRICT,
        "PRESENT" => MockResponseValidationMode.PRESENT,
        "NONE" => MockResponseValidationMode.NONE,
        _ => throw new UsageException($"--field-validation-mode must be STRICT, PRESENT or NONE, not '{text}'"),
    };

    private static InspectionLevel ReadInspectionLevel(string? text) => text?.ToUpperInvariant() switch
    {
        null or "INFO" => InspectionLevel.INFO,
        "DEBUG" => InspectionLevel.DEBUG,
        "TRACE" => InspectionLevel.TRACE,
        _ => throw new UsageException($"--inspection-level must be INFO, DEBUG or TRACE, not '{text}'"),
    };

    private static void WriteText(TextWriter stdout, JsonObject response)
    {
        stdout.WriteLine($"Status: {(string?)response["status"]}");
        if ((string?)response["nextState"] is { } next)
        {
            stdout.WriteLine($"Next state: {next}");
        }

        if ((string?)response["output"] is { } output)
        {
            stdout.WriteLine($"Output: {output}");
        }

        if ((string?)response["error"] is { } error)
        {
            stdout.WriteLine($"Error: {error}");
        }

        if ((string?)response["cause"] is { } cause)
        {
            stdout.WriteLine($"Cause: {cause}");
        }

        if (response["inspectionData"] is JsonObject inspection)
        {
            stdout.WriteLine("Inspection data:");
            foreach (var (name, value) in inspection)
            {
                stdout.WriteLine($"  {name}: {(value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString())}");
            }
        }
    }
}
