namespace Cairn.Json.Tests;

public class JavaDoubleFormatTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1e7, "1.0E7")]
    [InlineData(12345678.0, "1.2345678E7")]
    [InlineData(9999999.0, "9999999.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(123.456, "123.456")]
    [InlineData(0.5, "0.5")]
    [InlineData(1.0E-10, "1.0E-10")]
    [InlineData(-2.5e-5, "-2.5E-5")]
    [InlineData(1.7976931348623157E308, "1.7976931348623157E308")]
    [InlineData(2.2250738585072014E-308, "2.2250738585072014E-308")]
    [InlineData(123456789012.0, "1.23456789012E11")]
    [InlineData(0.00123, "0.00123")]
    public void Formats_like_java_double_to_string(double value, string expected)
    {
        Assert.Equal(expected, JavaDoubleFormat.Format(value));
    }

    [Fact]
    public void Sum_of_tenths_keeps_all_round_trip_digits()
    {
        Assert.Equal("0.30000000000000004", JavaDoubleFormat.Format(0.1 + 0.2));
    }

    [Fact]
    public void Special_values_use_java_names()
    {
        Assert.Equal("NaN", JavaDoubleFormat.Format(double.NaN));
        Assert.Equal("Infinity", JavaDoubleFormat.Format(double.PositiveInfinity));
        Assert.Equal("-Infinity", JavaDoubleFormat.Format(double.NegativeInfinity));
    }

    [Fact]
    public void Output_round_trips()
    {
        var values = new[] { 0.1, 1.0 / 3, 2.0 / 3 * 1e-5, 6.02214076e23, 9999999.999, 1e-3, 9.999999999999999e-4 };
        foreach (var value in values)
        {
            Assert.Equal(value, double.Parse(JavaDoubleFormat.Format(value), System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
