using Cairn.Asl.Choice;
using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class TimestampOperatorTests
{
    [Theory]
    [InlineData("2012-10-09T19:00:55Z")]
    [InlineData("2012-10-09T19:00:55+01:00")]
    [InlineData("2012-10-09T19:00:55-05:30")]
    [InlineData("2012-10-09T19:00:55.1Z")]
    [InlineData("2016-03-05T21:29:29.243167252Z")]
    [InlineData("2016-02-29T00:00:00Z")]
    [InlineData("2000-02-29T23:59:59Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59+18:00")]
    public void AcceptsRfc3339WithUppercaseTAndOffset(string text)
    {
        Assert.True(AslTimestamp.TryParse(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("HelloWorld")]
    [InlineData("2023-02-24")]
    [InlineData("2012-10-09T19:00:55")]
    [InlineData("2012-10-09 19:00:55Z")]
    [InlineData("2023-02-24 12:15:56.832957")]
    [InlineData("2012-10-09t19:00:55Z")]
    [InlineData("2012-10-09T19:00:55z")]
    [InlineData("2012-10-09T19:00Z")]
    [InlineData("2012-10-09T19:00:55.Z")]
    [InlineData("2012-10-09T19:00:55.1234567890Z")]
    [InlineData("2012-10-09T19:00:55+0100")]
    [InlineData("2012-10-09T19:00:55+01")]
    [InlineData("2012-10-09T19:00:55+19:00")]
    [InlineData("2016-13-05T21:29:29Z")]
    [InlineData("2016-12-05T25:29:29Z")]
    [InlineData("2016-12-05T21:60:29Z")]
    [InlineData("2016-12-05T21:29:60Z")]
    [InlineData("2015-02-29T00:00:00Z")]
    [InlineData("1900-02-29T00:00:00Z")]
    [InlineData("2016-04-31T00:00:00Z")]
    [InlineData("05-12-2016T21:29:29Z")]
    [InlineData("2012-10-09T19:00:55Z ")]
    [InlineData("+2012-10-09T19:00:55Z")]
    public void RejectsEverythingElse(string text)
    {
        Assert.False(AslTimestamp.TryParse(text, out _));
    }

    [Fact]
    public void ComparesInstantsAcrossOffsetsWithNanosecondPrecision()
    {
        Assert.True(Parse("2012-10-09T19:00:55+01:00") == Parse("2012-10-09T18:00:55Z"));
        Assert.True(Parse("2012-10-09T19:00:55.000000001Z") > Parse("2012-10-09T19:00:55Z"));
        Assert.True(Parse("2012-10-09T19:00:55.5Z") == Parse("2012-10-09T19:00:55.500Z"));
        Assert.True(Parse("1969-12-31T23:59:59Z") < Parse("1970-01-01T00:00:00Z"));
        Assert.Equal(0, Parse("1970-01-01T00:00:00Z").EpochSecond);
        Assert.Equal(1349809255, Parse("2012-10-09T19:00:55Z").EpochSecond);
    }

    [Theory]
    [InlineData("TimestampEquals", "2012-10-09T19:00:55Z", "2012-10-09T20:00:55+01:00", true)]
    [InlineData("TimestampEquals", "2012-10-09T19:00:55Z", "2012-10-09T19:00:56Z", false)]
    [InlineData("TimestampLessThan", "2012-10-09T19:00:56Z", "2012-10-09T19:00:55Z", true)]
    [InlineData("TimestampLessThan", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55Z", false)]
    [InlineData("TimestampGreaterThan", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55.001Z", true)]
    [InlineData("TimestampLessThanEquals", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55Z", true)]
    [InlineData("TimestampGreaterThanEquals", "2012-10-09T19:00:56Z", "2012-10-09T19:00:55Z", false)]
    public void ComparesTimestamps(string op, string operand, string value, bool expected)
    {
        Assert.Equal(expected, Compare(op, Quote(operand), Quote(value)));
        Assert.Equal(expected, ComparePaths(op, Quote(value), Quote(operand)));
    }

    [Theory]
    [InlineData("\"2012-10-09T19:00:55\"")]
    [InlineData("\"2023-02-24 12:15:56.832957\"")]
    [InlineData("\"\"")]
    [InlineData("0")]
    [InlineData("null")]
    [InlineData("[\"2012-10-09T19:00:55Z\"]")]
    public void ValueThatIsNotATimestampIsFalse(string value)
    {
        Assert.False(Compare("TimestampEquals", "\"2012-10-09T19:00:55Z\"", value));
        Assert.False(Compare("TimestampLessThan", "\"9999-01-01T00:00:00Z\"", value));
        Assert.False(ComparePaths("TimestampGreaterThan", value, "\"0001-01-01T00:00:00Z\""));
    }

    [Fact]
    public void EqualsPathWithNonTimestampOperandIsFalse()
    {
        Assert.False(ComparePaths("TimestampEquals", "\"2012-10-09T19:00:55Z\"", "\"tomorrow\""));
    }

    [Fact]
    public void OrderingPathWithNonTimestampOperandFails()
    {
        Assert.Throws<StatesException>(() => ComparePaths("TimestampLessThan", "\"2012-10-09T19:00:55Z\"", "1"));
    }

    [Fact]
    public void LiteralMustBeATimestamp()
    {
        Assert.Throws<AslSyntaxException>(() => Rule("""{"Variable": "$.v", "TimestampEquals": "2012-10-09"}"""));
        Assert.Throws<AslSyntaxException>(() => Rule("""{"Variable": "$.v", "TimestampEquals": 0}"""));
    }

    private static AslTimestamp Parse(string text)
    {
        Assert.True(AslTimestamp.TryParse(text, out var value));
        return value;
    }
}
