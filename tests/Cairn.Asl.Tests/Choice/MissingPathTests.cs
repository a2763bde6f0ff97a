using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class MissingPathTests
{
    [Theory]
    [InlineData("StringEquals", "\"x\"")]
    [InlineData("StringMatches", "\"*\"")]
    [InlineData("NumericLessThan", "1")]
    [InlineData("BooleanEquals", "true")]
    [InlineData("TimestampEquals", "\"2012-10-09T19:00:55Z\"")]
    public void MissingVariableFailsTheState(string op, string operand)
    {
        var failure = Assert.Throws<StatesException>(
            () => Evaluate($$"""{"Variable": "$.value", "{{op}}": {{operand}}}""", """{"other": 1}"""));
        Assert.Equal(StatesErrors.Runtime, failure.Error);
        Assert.Equal("Invalid path '$.value': The choice state's condition path references an invalid value.", failure.Cause);
    }

    [Fact]
    public void MissingPathOperandFailsTheStateNamingThatPath()
    {
        var failure = Assert.Throws<StatesException>(
            () => Evaluate("""{"Variable": "$.left", "NumericEqualsPath": "$.right"}""", """{"left": 8}"""));
        Assert.Equal(StatesErrors.Runtime, failure.Error);
        Assert.Equal("Invalid path '$.right': The choice state's condition path references an invalid value.", failure.Cause);
    }

    [Fact]
    public void MissingVariableIsReportedBeforeTheOperand()
    {
        var failure = Assert.Throws<StatesException>(
            () => Evaluate("""{"Variable": "$.left", "StringEqualsPath": "$.right"}""", "{}"));
        Assert.StartsWith("Invalid path '$.left'", failure.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongTypeIsNotMissing()
    {
        Assert.False(Evaluate("""{"Variable": "$.v", "NumericEquals": 1}""", """{"v": null}"""));
    }
}
