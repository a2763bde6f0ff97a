using Cairn.Asl.Data;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary>
/// A data test: <c>Variable</c> with IsNull, IsPresent, IsNumeric, IsString, IsBoolean or
/// IsTimestamp and a boolean operand; the rule holds when the test's outcome equals the operand.
/// Only IsPresent tolerates a Variable that matches nothing; the other tests fail the state.
/// </summary>
public sealed class DataTestRule : ChoiceRule
{
    internal DataTestRule(JsonPath variable, DataTest test, bool expected)
    {
        Variable = variable;
        Test = test;
        Expected = expected;
    }

    public JsonPath Variable { get; }

    public DataTest Test { get; }

    /// <summary>The boolean operand: true tests that the property holds, false that it does not.</summary>
    public bool Expected { get; }

    public override bool Evaluate(JValue input, IDataScope scope)
    {
        if (Test == DataTest.IsPresent)
        {
            return Variable.TryEvaluate(input, scope, out _) == Expected;
        }

        var value = ChoicePaths.Resolve(Variable, input, scope);
        var outcome = Test switch
        {
            DataTest.IsNull => value.Kind == JsonKind.Null,
            DataTest.IsNumeric => value.Kind == JsonKind.Number,
            DataTest.IsString => value.Kind == JsonKind.String,
            DataTest.IsBoolean => value.Kind == JsonKind.Boolean,
            DataTest.IsTimestamp => value is JString s && AslTimestamp.TryParse(s.Value, out _),
            _ => false,
        };
        return outcome == Expected;
    }
}
