using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class BooleanEqualsTests
{
    [Theory]
    [InlineData("true", "true", true)]
    [InlineData("false", "false", true)]
    [InlineData("true", "false", false)]
    [InlineData("false", "true", false)]
    [InlineData("true", "1", false)]
    [InlineData("false", "0", false)]
    [InlineData("true", "\"true\"", false)]
    [InlineData("false", "null", false)]
    [InlineData("false", "[]", false)]
    public void ComparesBooleans(string operand, string value, bool expected)
    {
        Assert.Equal(expected, Compare("BooleanEquals", operand, value));
        Assert.Equal(expected, ComparePaths("BooleanEquals", value, operand));
    }

    [Fact]
    public void PathOperandOfAnotherTypeIsFalse()
    {
        Assert.False(ComparePaths("BooleanEquals", "true", "\"true\""));
    }

    [Fact]
    public void LiteralMustBeABoolean()
    {
        Assert.Throws<AslSyntaxException>(() => Rule("""{"Variable": "$.v", "BooleanEquals": "true"}"""));
    }
}
