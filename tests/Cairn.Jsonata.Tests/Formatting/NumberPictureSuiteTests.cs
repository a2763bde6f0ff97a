using Cairn.Json;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Formatting;

/// <summary>The function-formatNumber and function-formatBase cases of the JSONata suite, called directly.</summary>
public class NumberPictureSuiteTests
{
    private static JValue?[] Arguments(double value, string picture, string? options) =>
        options is null ? [N(value), S(picture)] : [N(value), S(picture), J(options)];

    [Theory]
    [InlineData(12345.6, "#,###.00", null, "12,345.60")]
    [InlineData(12345678.9, "9,999.99", null, "12,345,678.90")]
    [InlineData(123412345678.9, "9,9,99.99", null, "123412345,6,78.90")]
    [InlineData(123.9, "9999", null, "0124")]
    [InlineData(0.14, "01%", null, "14%")]
    [InlineData(0.4857, "###.###‰", null, "485.7‰")]
    [InlineData(0.14, "###pm", "{\"per-mille\": \"pm\"}", "140pm")]
    [InlineData(-6.0, "000", null, "-006")]
    [InlineData(1234.5678, "00.000e0", null, "12.346e2")]
    [InlineData(1234.5678, "00.000e000", null, "12.346e002")]
    [InlineData(1234.5678, "①①.①①①e①", "{\"zero-digit\": \"⑟\"}", "①②.③④⑥e②")]
    [InlineData(0.234, "0.0e0", null, "2.3e-1")]
    [InlineData(0.123, "#.e9", null, "0.1e0")]
    [InlineData(0.234, ".00e0", null, ".23e0")]
    [InlineData(2392.14 * (-36.58), "000,000.000###;###,###.000###", null, "87,504.4812")]
    [InlineData(2.14 * (86.58), "PREFIX##00.000###SUFFIX", null, "PREFIX185.2812SUFFIX")]
    [InlineData(1E20, "#,######", null, "100,000000,000000,000000")]
    [InlineData(2.0, "000.000", null, "002.000")]
    [InlineData(2.0, "AAA.AAA", "{\"zero-digit\": \"A\"}", "AAC.AAA")]
    [InlineData(0.1, "AeAAA", "{\"zero-digit\": \"A\"}", "Be-AAB")]
    [InlineData(0.0, "0e0", null, "0e0")]
    [InlineData(-42.0, "0e0", null, "-4e1")]
    [InlineData(42.0, "0e0", null, "4e1")]
    [InlineData(0.0, "0.00e0", null, "0.00e0")]
    public void FormatNumber_formats(double value, string picture, string? options, string expected) =>
        Assert.Equal(expected, Assert.IsType<JString>(Call("formatNumber", Arguments(value, picture, options))).Value);

    [Theory]
    [InlineData(20.0, "#;#;#", null, "D3080")]
    [InlineData(20.0, "#.0.0", null, "D3081")]
    [InlineData(20.0, "#0‰‰", null, "D3083")]
    [InlineData(20.0, "#0%‰", null, "D3084")]
    [InlineData(20.0, ".e0", null, "D3085")]
    [InlineData(20.0, "0+.e0", null, "D3086")]
    [InlineData(20.0, "0,.e0", null, "D3087")]
    [InlineData(20.0, "0,", null, "D3088")]
    [InlineData(20.0, "0,,0", null, "D3089")]
    [InlineData(20.0, "#0.0e0%", null, "D3092")]
    [InlineData(20.0, "#0.0e0,0", null, "D3093")]
    [InlineData(42.0, "%%", null, "D3086")]
    [InlineData(42.0, "‰‰", null, "D3086")]
    [InlineData(42.0, "%‰", null, "D3086")]
    [InlineData(42.0, "---", null, "D3086")]
    public void FormatNumber_rejects_picture(double value, string picture, string? options, string code) =>
        AssertError(code, () => Call("formatNumber", Arguments(value, picture, options)));

    [Fact]
    public void FormatNumber_of_undefined_is_undefined() => Assert.Null(Call("formatNumber", null, S("#0.00")));

    [Theory]
    [InlineData(100d, null, "100")]
    [InlineData(100d, 2d, "1100100")]
    [InlineData(-100d, 2d, "-1100100")]
    [InlineData(100d, 36d, "2s")]
    [InlineData(99.5d, 2.5d, "1100100")]
    [InlineData(5890840712243076d, null, "5890840712243076")]
    [InlineData(98.5d, null, "98")]
    [InlineData(10d, 3.5d, "22")]
    [InlineData(-0.4d, 2d, "0")]
    [InlineData(1e21d, 16d, "3635c9adc5dea00000")]
    public void FormatBase_formats(double value, double? radix, string expected)
    {
        JValue?[] args = radix is { } r ? [N(value), N(r)] : [N(value)];
        Assert.Equal(expected, Assert.IsType<JString>(Call("formatBase", args)).Value);
    }

    [Theory]
    [InlineData(1d, "The radix of the formatBase function must be between 2 and 36.  It was given 1")]
    [InlineData(37d, "The radix of the formatBase function must be between 2 and 36.  It was given 37")]
    public void FormatBase_rejects_radix(double radix, string message) =>
        Assert.Equal(message, AssertError("D3100", () => Call("formatBase", N(100), N(radix))).Message);

    [Fact]
    public void FormatBase_of_undefined_is_undefined() => Assert.Null(Call("formatBase", [null]));
}
