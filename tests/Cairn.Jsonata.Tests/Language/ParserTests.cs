namespace Cairn.Jsonata.Tests.Language;

public sealed class ParserTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 2 - 3", "5")]
    [InlineData("2 * 3 = 6 and 1 < 2", "true")]
    [InlineData("false or true and false", "false")]
    [InlineData("1 ?: 2 = 2", "1")]
    [InlineData("nothing ?? 2 + 3", "5")]
    [InlineData("-(2 + 3)", "-5")]
    [InlineData("true ? 'y' : 'n'", "\"y\"")]
    [InlineData("false ? 'y'", "undefined")]
    [InlineData("'a' & (1 + 2) & 'b'", "\"a3b\"")]
    [InlineData("3 in [1, 2, 3]", "true")]
    public void Honours_precedence(string expression, string expected)
    {
        Assert.Equal(expected, Jsonata.Eval(expression));
    }

    [Theory]
    [InlineData("1 +", "S0207")]
    [InlineData("(1", "S0203")]
    [InlineData("[1 2]", "S0202")]
    [InlineData("1 2", "S0201")]
    [InlineData(")", "S0211")]
    [InlineData("function(a){1}", "S0208")]
    [InlineData("a.b{'x': 1}{'y': 2}", "S0210")]
    [InlineData("[1, 2]{'n': $}[true]", "S0209")]
    [InlineData("1 := 2", "S0212")]
    [InlineData("a.1", "S0213")]
    [InlineData("a@b", "S0214")]
    [InlineData("a[0]@$x", "S0215")]
    [InlineData("%", "S0217")]
    [InlineData("$.%", "S0217")]
    [InlineData("function($x)<b<n>>{1}", "S0401")]
    public void Reports_syntax_errors(string expression, string code)
    {
        Assert.Equal(code, Jsonata.ErrorCode(expression));
    }

    [Fact]
    public void Syntax_errors_carry_the_offending_token()
    {
        var error = Assert.Throws<JsonataException>(() => JsonataExpression.Compile("Account.Order@$o#i.Product"));
        Assert.Equal("S0214", error.Code);
        Assert.Equal("#", error.Token);
    }

    [Fact]
    public void Deeply_nested_text_is_rejected_instead_of_overflowing_the_stack()
    {
        var text = new string('(', 20_000) + "1" + new string(')', 20_000);
        Assert.Equal("U1001", Assert.Throws<JsonataException>(() => JsonataExpression.Compile(text)).Code);
    }
}
