using Cairn.Json;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class NumericFunctionsTests
{
    [Theory]
    [InlineData("\"012\"", "12")]
    [InlineData("\"-0\"", "0")]
    [InlineData("\"1E+2\"", "100")]
    [InlineData("\"1.5e-1\"", "0.15")]
    [InlineData("\"0x1F\"", "31")]
    [InlineData("\"0B101\"", "5")]
    [InlineData("\"0o17\"", "15")]
    [InlineData("true", "1")]
    [InlineData("false", "0")]
    [InlineData("3.5", "3.5")]
    public void Number_casts(string input, string expected) => AssertJson(expected, Call("number", J(input)));

    [Theory]
    [InlineData("\"1e1000\"")]
    [InlineData("\" 1\"")]
    [InlineData("\"1.\"")]
    [InlineData("\".5\"")]
    [InlineData("\"+1\"")]
    [InlineData("\"-0x1F\"")]
    [InlineData("\"\"")]
    [InlineData("\"0x1Fz\"")]
    public void Number_rejects_other_strings(string input) => AssertError("D3030", () => Call("number", J(input)));

    [Theory]
    [InlineData(2.5, 0, 2)]
    [InlineData(3.5, 0, 4)]
    [InlineData(-2.5, 0, -2)]
    [InlineData(-0.4, 0, 0)]
    [InlineData(1.005, 2, 1)]
    [InlineData(1.015, 2, 1.02)]
    [InlineData(2.675, 2, 2.68)]
    [InlineData(12345, -2, 12300)]
    [InlineData(12350, -2, 12400)]
    [InlineData(0.5e-20, 21, 5e-21)]
    [InlineData(123.456, 1, 123.5)]
    public void Round_half_to_even_at_precision(double value, int precision, double expected) =>
        Assert.Equal(expected, ((JNumber)Call("round", N(value), N(precision))!).DoubleValue);

    [Fact]
    public void Round_result_is_never_negative_zero()
    {
        var result = (JNumber)Call("round", N(-0.4))!;
        Assert.False(double.IsNegative(result.DoubleValue));
    }

    [Fact]
    public void Abs_floor_ceil_power_sqrt()
    {
        AssertJson("5", Call("abs", N(-5)));
        AssertJson("-1", Call("floor", N(-0.5)));
        AssertJson("2", Call("ceil", N(1.1)));
        AssertJson("8", Call("power", N(2), N(3)));
        AssertJson("0.5", Call("power", N(4), N(-0.5)));
        AssertJson("3", Call("sqrt", N(9)));
        AssertError("D3061", () => Call("power", N(-1), N(0.5)));
        AssertError("D3061", () => Call("power", N(10), N(400)));
        AssertError("D3060", () => Call("sqrt", N(-1)));
        Assert.Null(Call("abs", [null]));
    }

    [Fact]
    public void Random_is_in_unit_interval()
    {
        var context = new FunctionTestContext();
        for (var i = 0; i < 100; i++)
        {
            var value = ((JNumber)context.Invoke("random")!).DoubleValue;
            Assert.InRange(value, 0, 0.9999999999999999);
        }
    }
}
