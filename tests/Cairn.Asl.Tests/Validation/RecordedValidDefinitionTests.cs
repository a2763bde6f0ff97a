using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Asl.Tests.Validation;

/// <summary>
/// Every recorded definition AWS accepted (units of every category not expected to fail creation) validates
/// without errors: a false positive would block a valid workflow. (Validate units are
/// compared diagnostic by diagnostic elsewhere.)
/// </summary>
public sealed class RecordedValidDefinitionTests
{
    [Fact]
    public void Accepted_definitions_have_no_errors()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var unit in RecordedCases.Units())
        {
            var dir = ((JString)unit["dir"]!).Value;
            var path = Path.Combine(RecordedCases.CaseDir(dir), "definition.json");
            if (!File.Exists(path) || RecordedCases.FailsCreation(dir)
                || unit["type"] is JString { Value: "validate" })
            {
                continue;
            }

            var testCase = RecordedCases.Case(dir);
            var definition = File.ReadAllText(path);
            var wrapped = false;
            if (unit["type"] is JString { Value: "test_state" } && testCase["test_state_params"]?.ToJson().Contains("stateName", StringComparison.Ordinal) != true)
            {
                definition = WrapSingleState(definition);
                wrapped = true;
                if (definition.Length == 0)
                {
                    continue;
                }
            }

            var type = (testCase["state_machine_type"] as JString)?.Value ?? (testCase["validate_params"] as JObject)?["type"]?.ToString().Trim('"');
            if (unit["type"] is JString { Value: "sync_execution" })
            {
                type = "EXPRESS";
            }

            checkedCount++;
            var errors = DefinitionValidator.Validate(definition, RecordedCases.Options(type))
                .Where(d => d.Severity == DiagnosticSeverity.Error)

                // A wrapped state's Next/Catch/Choice targets live outside the wrapper.
                .Where(d => !(wrapped && d.Code is DiagnosticCodes.MissingTransitionTarget or DiagnosticCodes.MissingEndState))
                .ToList();
            if (errors.Count > 0)
            {
                failures.Add($"{dir}: {string.Join("; ", errors)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} accepted definitions rejected:\n{string.Join("\n", failures)}");
    }

    /// <summary>TestState takes a single state; put it in a one-state machine that ends after it.</summary>
    private static string WrapSingleState(string stateText)
    {
        if (JValue.Parse(stateText) is not JObject state)
        {
            return string.Empty;
        }

        if (state["Type"] is JString { Value: "Task" or "Pass" or "Wait" or "Map" or "Parallel" })
        {
            state = state.Without("Next").With("End", JBool.True);
        }

        var machine = JObject.Create(("StartAt", "S"), ("States", JObject.Create(("S", state))));
        return machine.ToJson();
    }
}
