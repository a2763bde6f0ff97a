using Cairn.Asl.Choice;
using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Tests.Choice;

/// <summary>
/// Replays the recorded Choice operator units: the rules of the definition's first Choice state
/// are compiled and evaluated in order on the recorded input, and the branch taken (or the
/// failure) must produce what AWS recorded.
/// </summary>
public sealed class ChoiceConformanceTests
{
    private const string StatePrefixEnd = "). ";

    public static TheoryData<string> Units() => new(RecordedChoiceCases.UnitNames());

    [Fact]
    public void AllRecordedUnitsAreFound()
    {
        Assert.Equal(RecordedChoiceCases.ExpectedUnitCount, RecordedChoiceCases.UnitNames().Count);
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void ChoiceMatchesRecordedOutcome(string unit)
    {
        var folder = Path.Combine(RecordedChoiceCases.CasesDirectory, unit);
        var definition = (JObject)JValue.Parse(File.ReadAllText(Path.Combine(folder, "definition.json")));
        var input = JValue.Parse(File.ReadAllText(Path.Combine(folder, "input.json")));
        var summary = (JObject)((JObject)JValue.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))))["summary"]!;
        var states = (JObject)definition["States"]!;
        var choice = FirstChoiceState(definition, states);
        var status = ((JString)summary["status"]!).Value;

        if (status == "FAILED")
        {
            var failure = Assert.Throws<StatesException>(() => Choose(choice, input));
            Assert.Equal(((JString)summary["error"]!).Value, failure.Error);
            Assert.Equal(WithoutStatePrefix(((JString)summary["cause"]!).Value), failure.Cause);
            return;
        }

        Assert.Equal("SUCCEEDED", status);
        var next = Choose(choice, input);
        var target = (JObject)states[next]!;
        var output = target.TryGetValue("Result", out var result) ? result : input;
        Assert.Equal(summary["output"]!, output);
    }

    private static JObject FirstChoiceState(JObject definition, JObject states)
    {
        var start = (JObject)states[((JString)definition["StartAt"]!).Value]!;
        if (IsChoice(start))
        {
            return start;
        }

        foreach (var state in states.Members)
        {
            if (state.Value is JObject candidate && IsChoice(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The definition has no Choice state.");
    }

    private static bool IsChoice(JObject state) => state["Type"] is JString { Value: "Choice" };

    /// <summary>The state a Choice state moves to; the first rule that holds wins.</summary>
    private static string Choose(JObject choiceState, JValue input)
    {
        foreach (var item in (JArray)choiceState["Choices"]!)
        {
            var rule = ChoiceRuleParser.Parse((JObject)item);
            if (rule.Evaluate(input, DataScope.Empty))
            {
                return ((JString)((JObject)item)["Next"]!).Value;
            }
        }

        return choiceState["Default"] is JString fallback
            ? fallback.Value
            : throw new StatesException(StatesErrors.NoChoiceMatched, "No Choice matched.");
    }

    /// <summary>AWS prefixes runtime causes with the state and event id; the rule reports only the rest.</summary>
    private static string WithoutStatePrefix(string cause)
    {
        const string prefix = "An error occurred while executing the state '";
        if (!cause.StartsWith(prefix, StringComparison.Ordinal))
        {
            return cause;
        }

        var end = cause.IndexOf(StatePrefixEnd, StringComparison.Ordinal);
        return end < 0 ? cause : cause[(end + StatePrefixEnd.Length)..];
    }
}
