using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class DataTestRuleTests
{
    [Theory]
    [InlineData("IsNull", "null", true)]
    [InlineData("IsNull", "\"\"", false)]
    [InlineData("IsNull", "0", false)]
    [InlineData("IsNumeric", "0", true)]
    [InlineData("IsNumeric", "1.5", true)]
    [InlineData("IsNumeric", "\"1\"", false)]
    [InlineData("IsNumeric", "null", false)]
    [InlineData("IsString", "\"\"", true)]
    [InlineData("IsString", "\"2012-10-09T19:00:55Z\"", true)]
    [InlineData("IsString", "[\"\"]", false)]
    [InlineData("IsBoolean", "false", true)]
    [InlineData("IsBoolean", "\"true\"", false)]
    [InlineData("IsBoolean", "0", false)]
    [InlineData("IsTimestamp", "\"2012-10-09T19:00:55Z\"", true)]
    [InlineData("IsTimestamp", "\"2012-10-09T19:00:55+01:00\"", true)]
    [InlineData("IsTimestamp", "\"2012-10-09T19:00:55\"", false)]
    [InlineData("IsTimestamp", "\"2023-02-24\"", false)]
    [InlineData("IsTimestamp", "0", false)]
    [InlineData("IsPresent", "null", true)]
    [InlineData("IsPresent", "{}", true)]
    public void TestsTheValue(string test, string value, bool holds)
    {
        Assert.Equal(holds, Compare(test, "true", value));
        Assert.Equal(!holds, Compare(test, "false", value));
    }

    [Fact]
    public void IsPresentOnMissingPathIsFalseWithoutError()
    {
        Assert.False(Evaluate("""{"Variable": "$.missing", "IsPresent": true}""", "{}"));
        Assert.True(Evaluate("""{"Variable": "$.missing", "IsPresent": false}""", "{}"));
        Assert.True(Evaluate("""{"Variable": "$.a.b", "IsPresent": false}""", """{"a": 1}"""));
        Assert.True(Evaluate("""{"Variable": "$undefined", "IsPresent": false}""", "{}"));
    }

    [Theory]
    [InlineData("IsNull")]
    [InlineData("IsNumeric")]
    [InlineData("IsString")]
    [InlineData("IsBoolean")]
    [InlineData("IsTimestamp")]
    public void OtherTestsOnMissingPathFail(string test)
    {
        var failure = Assert.Throws<StatesException>(
            () => Evaluate($$"""{"Variable": "$.missing", "{{test}}": false}""", "{}"));
        Assert.Equal(StatesErrors.Runtime, failure.Error);
        Assert.Equal("Invalid path '$.missing': The choice state's condition path references an invalid value.", failure.Cause);
    }

    [Fact]
    public void OperandMustBeABoolean()
    {
        Assert.Throws<AslSyntaxException>(() => Rule("""{"Variable": "$.v", "IsNull": "true"}"""));
    }
}
