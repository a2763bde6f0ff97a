namespace Cairn.Jsonata.Tests.Language;

public sealed class LexerTests
{
    [Theory]
    [InlineData("\"a\\\"b\"", "\"a\\\"b\"")]
    [InlineData("'single'", "\"single\"")]
    [InlineData("\"\\u00e9\\ud83d\\ude00\"", "\"é😀\"")]
    [InlineData("\"tab\\there\"", "\"tab\\there\"")]
    [InlineData("1.5e3", "1500")]
    [InlineData("0.25", "0.25")]
    [InlineData("/* comment */ 7 /* another */", "7")]
    [InlineData("`field name`", "1")]
    public void Reads_literals_and_skips_comments(string expression, string expected)
    {
        Assert.Equal(expected, Jsonata.Eval(expression, """{"field name": 1}"""));
    }

    [Theory]
    [InlineData("\"open", "S0101")]
    [InlineData("1e999", "S0102")]
    [InlineData("\"\\q\"", "S0103")]
    [InlineData("\"\\u12\"", "S0104")]
    [InlineData("`open", "S0105")]
    [InlineData("1 /* open", "S0106")]
    [InlineData("$match('a', /)", "S0302")]
    [InlineData("[1!2]", "S0204")]
    public void Reports_lexical_errors(string expression, string code)
    {
        Assert.Equal(code, Jsonata.ErrorCode(expression));
    }

    [Fact]
    public void Slash_after_an_operand_divides_and_elsewhere_starts_a_regex()
    {
        Assert.Equal("2", Jsonata.Eval("a / b", """{"a": 6, "b": 3}"""));
        Assert.Equal("\"b\"", Jsonata.Eval("$match('abc', /B/i).match"));
        Assert.Equal("true", Jsonata.Eval("$contains('x/y', /\\//)"));
    }
}
