using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class NumericOperatorTests
{
    [Theory]
    [InlineData("NumericEquals", "1", "1", true)]
    [InlineData("NumericEquals", "1.0", "1", true)]
    [InlineData("NumericEquals", "1", "1.0", true)]
    [InlineData("NumericEquals", "0", "-0.0", true)]
    [InlineData("NumericEquals", "1", "1.1", false)]
    [InlineData("NumericEquals", "2.22", "2.22", true)]
    [InlineData("NumericEquals", "100", "1e2", true)]
    [InlineData("NumericEquals", "9007199254740993", "9007199254740993", true)]
    [InlineData("NumericEquals", "9007199254740993", "9007199254740992", false)]
    [InlineData("NumericLessThan", "1", "0.5", true)]
    [InlineData("NumericLessThan", "1", "1", false)]
    [InlineData("NumericLessThan", "-1", "-2", true)]
    [InlineData("NumericGreaterThan", "1", "1.0000001", true)]
    [InlineData("NumericGreaterThan", "1", "1", false)]
    [InlineData("NumericLessThanEquals", "1", "1.0", true)]
    [InlineData("NumericLessThanEquals", "1", "2", false)]
    [InlineData("NumericGreaterThanEquals", "0", "0.0", true)]
    [InlineData("NumericGreaterThanEquals", "1", "0", false)]
    public void ComparesNumbersAcrossIntegersAndDoubles(string op, string operand, string value, bool expected)
    {
        Assert.Equal(expected, Compare(op, operand, value));
        Assert.Equal(expected, ComparePaths(op, value, operand));
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("[1]")]
    [InlineData("{\"A\": 0}")]
    public void NonNumberValueIsFalse(string value)
    {
        Assert.False(Compare("NumericEquals", "1", value));
        Assert.False(Compare("NumericLessThan", "1000", value));
        Assert.False(ComparePaths("NumericEquals", value, "1"));
        Assert.False(ComparePaths("NumericGreaterThanEquals", value, "-1000"));
    }

    [Fact]
    public void EqualsPathWithNonNumberOperandIsFalse()
    {
        Assert.False(ComparePaths("NumericEquals", "1", "\"1\""));
    }

    [Fact]
    public void OrderingPathWithNonNumberOperandFails()
    {
        var failure = Assert.Throws<StatesException>(() => ComparePaths("NumericLessThan", "1", "\"2\""));
        Assert.Equal(StatesErrors.Runtime, failure.Error);
    }

    [Fact]
    public void LiteralMustBeANumber()
    {
        Assert.Throws<AslSyntaxException>(() => Rule("""{"Variable": "$.v", "NumericEquals": "1"}"""));
    }
}
