using System.Numerics;

namespace Cairn.Json.Tests;

public class JNumberTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-7", -7)]
    [InlineData("300", 300)]
    [InlineData("9007199254740993", 9007199254740993)]
    public void Integer_literals_stay_integral(string text, long expected)
    {
        var n = JNumber.FromLiteral(text);

        Assert.True(n.IsIntegral);
        Assert.False(n.IsFloatingPoint);
        Assert.Equal(expected, n.IntegerValue);
        Assert.Equal(text, n.ToLiteral());
    }

    [Fact]
    public void A_literal_with_a_fraction_is_floating_point()
    {
        var n = JNumber.FromLiteral("1.0");

        Assert.True(n.IsFloatingPoint);
        Assert.False(n.IsIntegral);
        Assert.Equal(1.0, n.DoubleValue);
        Assert.Equal("1.0", n.ToLiteral());
    }

    [Theory]
    [InlineData("1e2")]
    [InlineData("1E2")]
    [InlineData("1E+2")]
    public void A_literal_with_an_exponent_is_floating_point(string text)
    {
        var n = JNumber.FromLiteral(text);

        Assert.True(n.IsFloatingPoint);
        Assert.Equal(100.0, n.DoubleValue);
        Assert.Equal("100.0", n.ToLiteral());
    }

    [Fact]
    public void Big_integer_literal_keeps_its_text()
    {
        var n = JNumber.FromLiteral("-100000000000000000000");

        Assert.True(n.IsBigInteger);
        Assert.Equal("-100000000000000000000", n.ToLiteral());
        Assert.Equal(-1e20, n.DoubleValue);
    }

    [Fact]
    public void From_big_integer_in_range_is_integral()
    {
        var n = JNumber.From(new BigInteger(12345));

        Assert.True(n.IsIntegral);
        Assert.Equal(12345, n.IntegerValue);
    }

    [Fact]
    public void Small_integers_are_shared()
    {
        Assert.Same(JNumber.From(-16), JNumber.From(-16L));
        Assert.Same(JNumber.From(255), JNumber.FromLiteral("255"));
        Assert.NotSame(JNumber.From(256), JNumber.From(256));
        Assert.Equal(256, JNumber.From(256).IntegerValue);
    }

    [Fact]
    public void Compares_across_representations()
    {
        Assert.Equal(0, JNumber.From(1).CompareTo(JNumber.From(1.0)));
        Assert.True(JNumber.From(2).CompareTo(JNumber.From(2.5)) < 0);
        Assert.True(JNumber.From(3.5).CompareTo(JNumber.From(3)) > 0);
        Assert.True(JNumber.From(long.MaxValue).CompareTo(JNumber.From(long.MaxValue - 1)) > 0);
        Assert.True(JNumber.FromLiteral("100000000000000000000").CompareTo(JNumber.From(long.MaxValue)) > 0);
        Assert.True(JNumber.From(1).NumericEquals(JNumber.FromLiteral("1e0")));
    }

    [Fact]
    public void Implicit_conversions_build_values()
    {
        JValue s = "text";
        JValue n = 5L;
        JValue b = true;

        Assert.Equal("\"text\"", s.ToJson());
        Assert.Equal("5", n.ToJson());
        Assert.Same(JBool.True, b);
    }
}
