namespace Cairn.Jsonata.Tests.Language;

public sealed class OperatorTests
{
    [Theory]
    [InlineData("7 % 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("1 / 4", "0.25")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("missing + 1", "undefined")]
    [InlineData("'a' < 'b'", "true")]
    [InlineData("missing < 1", "undefined")]
    [InlineData("missing = missing", "false")]
    [InlineData("[1, {'a': [2]}] = [1, {'a': [2]}]", "true")]
    [InlineData("missing != 1", "false")]
    [InlineData("missing & 'x'", "\"x\"")]
    [InlineData("[1..3]", "[1,2,3]")]
    [InlineData("[3..1]", "[]")]
    [InlineData("[0, 1..3, [4]]", "[0,1,2,3,[4]]")]
    [InlineData("'' ?: 'default'", "\"default\"")]
    [InlineData("0 ?? 1", "0")]
    public void Evaluates_operators(string expression, string expected)
    {
        Assert.Equal(expected, Jsonata.Eval(expression));
    }

    [Theory]
    [InlineData("'a' + 1", "T2001")]
    [InlineData("1 + 'a'", "T2002")]
    [InlineData("[1.5..2]", "T2003")]
    [InlineData("[1..'x']", "T2004")]
    [InlineData("1 < 'a'", "T2009")]
    [InlineData("{} < 1", "T2010")]
    [InlineData("-'a'", "D1002")]
    [InlineData("[1..20000000]", "D2014")]
    [InlineData("1 / (1e300 * 1e300)", "D1001")]
    [InlineData("1 / 0", "D1001")]
    public void Reports_operator_errors(string expression, string code)
    {
        Assert.Equal(code, Jsonata.ErrorCode(expression));
    }
}
