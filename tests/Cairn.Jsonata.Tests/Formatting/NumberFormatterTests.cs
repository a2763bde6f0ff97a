using Cairn.Json;
using Cairn.Jsonata.Formatting;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Formatting;

public class NumberFormatterTests
{
    private static string Format(double value, string picture) => NumberFormatter.Format(value, picture, DecimalFormatSymbols.Default);

    [Theory]
    [InlineData(0.125, "0.00", "0.12")]
    [InlineData(0.135, "0.00", "0.14")]
    [InlineData(2.5, "0", "2")]
    [InlineData(3.5, "0", "4")]
    [InlineData(-2.5, "0", "-2")]
    [InlineData(1.005, "0.00", "1.00")]
    [InlineData(9.96, "0.0", "10.0")]
    [InlineData(0.0006, "0.00", "0.00")]
    [InlineData(0.006, "0.00", "0.01")]
    public void Rounds_half_to_even_on_the_shortest_decimal(double value, string picture, string expected) =>
        Assert.Equal(expected, Format(value, picture));

    [Theory]
    [InlineData(0, "#", "0")]
    [InlineData(0, ".##", ".0")]
    [InlineData(0.5, "#.##", ".5")]
    [InlineData(5, "#.##", "5.0")]
    [InlineData(5, ".00", "5.00")]
    [InlineData(-5, "#;(#)", "(5)")]
    [InlineData(-5, "x#y", "-x5y")]
    [InlineData(-0.0001, "0.00", "-0.00")]
    [InlineData(-0d, "0.00", "0.00")]
    [InlineData(123456789012345678, "0", "123456789012345680")]
    [InlineData(1.23e-10, "#,##0.###############", "0.000000000123")]
    [InlineData(12.3456789, "0.0,0,0#,#", "12.3,4,56,8")]
    [InlineData(12345.678, "#,###.#,##", "12,345.6,78")]
    [InlineData(5, "price 0", "price 5")]
    [InlineData(5, "e0", "e5")]
    [InlineData(5, "0e0a", "5e0a")]
    [InlineData(5, "#,#00", "05")]
    [InlineData(1e300, "0.0e0", "1.0e300")]
    public void Formats(double value, string picture, string expected) => Assert.Equal(expected, Format(value, picture));

    [Theory]
    [InlineData(12345, "#,##0.00e0", "1.23e4")]
    [InlineData(12345, "#.#e0", "0.1e5")]
    [InlineData(12345, "##0.0e0", "1.2e4")]
    [InlineData(0.00012345, "##0.0e0", "1.2e-4")]
    [InlineData(12345, ".0e00", ".1e05")]
    [InlineData(-12345, "0.0e0", "-1.2e4")]
    [InlineData(1000000, "0.0e0", "1.0e6")]
    [InlineData(99999, "0.0e0", "1.0e5")]
    [InlineData(1.23e-10, "0.0e0", "1.2e-10")]
    public void Formats_exponents(double value, string picture, string expected) => Assert.Equal(expected, Format(value, picture));

    [Theory]
    [InlineData("%", "D3086")]
    [InlineData("abc", "D3086")]
    [InlineData("", "D3085")]
    [InlineData("%%#", "D3082")]
    [InlineData("0E0", "D3086")]
    [InlineData("0e", "D3093")]
    [InlineData("0ea", "D3093")]
    [InlineData("0#", "D3090")]
    [InlineData("0.00#0", "D3091")]
    public void Rejects_pictures(string picture, string code) => AssertError(code, () => Format(5, picture));

    [Theory]
    [InlineData(1234567.891, "#.##0,00", """{"decimal-separator": ",", "grouping-separator": "."}""", "1.234.567,89")]
    [InlineData(-5, "0", """{"minus-sign": "~"}""", "~5")]
    [InlineData(5000, "0x0", """{"exponent-separator": "x"}""", "5x3")]
    [InlineData(-5, "0|(0)", """{"pattern-separator": "|"}""", "(5)")]
    [InlineData(0.25, "0pc", """{"percent": "pc"}""", "25pc")]
    [InlineData(1234, "*,**0", """{"digit": "*"}""", "1,234")]
    public void Options_set_the_symbols(double value, string picture, string options, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, picture, DecimalFormatSymbols.FromOptions((JObject)J(options))));

    [Fact]
    public void Error_messages_are_jsonatas() =>
        Assert.Equal(
            "The sub-picture must not contain a 'grouping-separator' at the end of the integer part",
            AssertError("D3088", () => Format(20, "0,")).Message);
}
