using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Asl.Tests.Validation;

/// <summary>Replays the recorded ValidateStateMachineDefinition units and compares the diagnostics with AWS's.</summary>
public sealed class RecordedValidateUnitTests
{
    public static TheoryData<string> ValidateUnits()
    {
        var data = new TheoryData<string>();
        foreach (var unit in RecordedCases.Units())
        {
            if (unit["type"] is JString { Value: "validate" })
            {
                data.Add(((JString)unit["dir"]!).Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidateUnits))]
    public void Diagnostics_match_the_recording(string dir)
    {
        var step = (JObject)RecordedCases.Steps(RecordedCases.Case(dir))[0];
        var parameters = (JObject)step["params"]!;
        var definition = ((JString)parameters["definition"]!).Value;
        var options = RecordedCases.Options((parameters["type"] as JString)?.Value);

        var expected = (JObject)JValue.Parse(RecordedCases.Expected(dir));
        var snapshot = (JObject)((JObject)((JArray)expected["matches"]!)[0])["snapshot"]!;
        var expectedDiagnostics = ((JArray)snapshot["diagnostics"]!)
            .Cast<JObject>()
            .Select(d => $"{((JString)d["code"]!).Value}|{(d["location"] as JString)?.Value}|{((JString)d["message"]!).Value}")
            .ToList();

        var actual = DefinitionValidator.Validate(definition, options)
            .Select(d => $"{d.Code}|{d.Location}|{d.Message}")
            .ToList();

        Assert.Equal(expectedDiagnostics, actual);
        Assert.Equal(((JString)snapshot["result"]!).Value == "OK", DefinitionValidator.IsValid(DefinitionValidator.Validate(definition, options)));
    }
}
