using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class StringOperatorTests
{
    [Theory]
    [InlineData("StringEquals", "\"abc\"", "\"abc\"", true)]
    [InlineData("StringEquals", "\"abc\"", "\"ABC\"", false)]
    [InlineData("StringEquals", "\"\"", "\"\"", true)]
    [InlineData("StringLessThan", "\"b\"", "\"a\"", true)]
    [InlineData("StringLessThan", "\"AB\"", "\"A\"", true)]
    [InlineData("StringLessThan", "\"A\"", "\"A\"", false)]
    [InlineData("StringGreaterThan", "\"A\"", "\"a\"", true)]
    [InlineData("StringGreaterThan", "\"A \"", "\"A\"", false)]
    [InlineData("StringLessThanEquals", "\"A\"", "\"A\"", true)]
    [InlineData("StringGreaterThanEquals", "\"A\"", "\"AB\"", true)]
    [InlineData("StringGreaterThanEquals", "\"AB\"", "\"A\"", false)]
    public void ComparesStrings(string op, string operand, string value, bool expected)
    {
        Assert.Equal(expected, Compare(op, operand, value));
        Assert.Equal(expected, ComparePaths(op, value, operand));
    }

    [Fact]
    public void OrdersByUtf16CodeUnitLikeJava()
    {
        // U+1F600 is stored as the surrogates D83D DE00, which sort below U+FF61 as code units
        // although the code point is higher.
        Assert.True(Compare("StringLessThan", Quote("\uFF61"), Quote("\U0001F600")));
        Assert.True(Compare("StringGreaterThan", Quote("a"), Quote("\u00e9")));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[\"abc\"]")]
    [InlineData("{\"a\": \"abc\"}")]
    public void NonStringValueIsFalse(string value)
    {
        Assert.False(Compare("StringEquals", "\"abc\"", value));
        Assert.False(Compare("StringLessThan", "\"zzz\"", value));
        Assert.False(ComparePaths("StringEquals", value, "\"abc\""));
        Assert.False(ComparePaths("StringGreaterThanEquals", value, "\"\""));
    }

    [Fact]
    public void EqualsPathWithNonStringOperandIsFalse()
    {
        Assert.False(ComparePaths("StringEquals", "1", "1"));
        Assert.False(ComparePaths("StringEquals", "\"1\"", "1"));
    }

    [Fact]
    public void OrderingPathWithNonStringOperandFails()
    {
        var failure = Assert.Throws<StatesException>(() => ComparePaths("StringGreaterThan", "1", "1"));
        Assert.Equal(StatesErrors.Runtime, failure.Error);
        Assert.Contains("'$.w'", failure.Cause, StringComparison.Ordinal);
    }
}
