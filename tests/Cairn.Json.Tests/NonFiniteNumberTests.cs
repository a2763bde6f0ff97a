namespace Cairn.Json.Tests;

/// <summary>JSON has no infinities: a number past the double range is written as a string, as Jackson writes it, so the text stays JSON.</summary>
public class NonFiniteNumberTests
{
    [Theory]
    [InlineData("1e400", "\"Infinity\"")]
    [InlineData("-1e400", "\"-Infinity\"")]
    [InlineData("[1.5e999,{\"a\":2}]", "[\"Infinity\",{\"a\":2}]")]
    public void NumbersPastTheDoubleRangeAreWrittenAsStrings(string text, string written)
    {
        var value = JValue.Parse(text);
        Assert.Equal(written, value.ToJson());
        JValue.Parse(value.ToJson());
    }

    [Fact]
    public void ComputedInfinitiesAreWrittenAsStrings() =>
        Assert.Equal("\"Infinity\"", JNumber.From(double.MaxValue * 2).ToJson());

    [Fact]
    public void UnderflowAndHugeIntegersStayNumbers()
    {
        Assert.Equal("0.0", JValue.Parse("1e-400").ToJson());
        var digits = new string('9', 400);
        Assert.Equal(digits, JValue.Parse(digits).ToJson());
    }
}
