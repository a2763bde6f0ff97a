using Cairn.Asl.Choice;
using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class CompositeRuleTests
{
    private const string InTwenties = """
        {"And": [{"Variable": "$.value", "NumericGreaterThanEquals": 20}, {"Variable": "$.value", "NumericLessThan": 30}], "Next": "ValueInTwenties"}
        """;

    [Theory]
    [InlineData(22, true)]
    [InlineData(20, true)]
    [InlineData(30, false)]
    [InlineData(19, false)]
    public void And(int value, bool expected)
    {
        Assert.Equal(expected, Evaluate(InTwenties, $$"""{"value": {{value}}}"""));
    }

    [Fact]
    public void Or()
    {
        const string rule = """{"Or": [{"Variable": "$.a", "IsNull": true}, {"Variable": "$.b", "BooleanEquals": true}]}""";
        Assert.True(Evaluate(rule, """{"a": null, "b": false}"""));
        Assert.True(Evaluate(rule, """{"a": 1, "b": true}"""));
        Assert.False(Evaluate(rule, """{"a": 1, "b": false}"""));
    }

    [Fact]
    public void Not()
    {
        const string rule = """{"Not": {"Variable": "$.type", "StringEquals": "Private"}, "Next": "Public"}""";
        Assert.False(Evaluate(rule, """{"type": "Private"}"""));
        Assert.True(Evaluate(rule, """{"type": "Public"}"""));
    }

    [Fact]
    public void NestedGuardOnTheWholeInput()
    {
        const string rule = """
            {"And": [{"IsPresent": true, "Variable": "$"}, {"And": [{"IsNumeric": true, "Variable": "$"}, {"NumericEquals": 3, "Variable": "$"}]}], "Next": "Break"}
            """;
        Assert.True(Evaluate(rule, "3"));
        Assert.False(Evaluate(rule, "\"3\""));
        Assert.False(Evaluate(rule, "4"));
    }

    [Fact]
    public void SingleRuleComposite()
    {
        Assert.True(Evaluate("""{"And": [{"Variable": "$.type", "StringEquals": "Public"}]}""", """{"type": "Public"}"""));
    }

    [Fact]
    public void StopsAtTheFirstDecidingRuleSoLaterMissingPathsDoNotFail()
    {
        Assert.False(Evaluate("""{"And": [{"Variable": "$.a", "IsPresent": true}, {"Variable": "$.a", "NumericEquals": 1}]}""", "{}"));
        Assert.True(Evaluate("""{"Or": [{"Variable": "$.a", "IsPresent": false}, {"Variable": "$.a", "NumericEquals": 1}]}""", "{}"));
    }

    [Fact]
    public void NestedFailurePropagates()
    {
        Assert.Throws<StatesException>(() => Evaluate("""{"Not": {"Variable": "$.a", "NumericEquals": 1}}""", "{}"));
        Assert.Throws<StatesException>(() => Evaluate("""{"And": [{"Variable": "$.b", "IsNull": false}, {"Variable": "$.a", "IsNull": true}]}""", """{"b": 1}"""));
    }

    [Fact]
    public void ExposesTheCompiledTree()
    {
        var and = Assert.IsType<AndRule>(Rule(InTwenties));
        Assert.Equal(2, and.Rules.Count);
        var first = Assert.IsType<ComparisonRule>(and.Rules[0]);
        Assert.Equal(ComparisonOperator.NumericGreaterThanEquals, first.Operator);
        Assert.Equal("$.value", first.Variable.Text);
        Assert.Null(first.ValuePath);
    }
}
