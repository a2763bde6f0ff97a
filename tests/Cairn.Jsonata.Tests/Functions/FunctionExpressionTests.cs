using Cairn.Json;

namespace Cairn.Jsonata.Tests.Functions;

/// <summary>The function library through compiled expressions: regex literals, callbacks and context arguments.</summary>
public class FunctionExpressionTests
{
    private static JValue? Evaluate(string expression, string? input = null) =>
        JsonataExpression.Compile(expression).Evaluate(input is null ? null : JValue.Parse(input));

    [Theory]
    [InlineData("$match(\"a1b22\", /\\d+/).match", "[\"1\",\"22\"]")]
    [InlineData("$replace(\"abab\", /b/, function($m) { $m.match & $m.start & $m.end })", "\"ab12ab34\"")]
    [InlineData("($r := /(l+)/; $r(\"hello world\").next().groups)", "[\"l\"]")]
    [InlineData("$split(\"a1b2c\", /\\d/)", "[\"a\",\"b\",\"c\"]")]
    [InlineData("$map([1,2,3], $string)", "[\"1\",\"2\",\"3\"]")]
    [InlineData("$sort([3,1,2], function($a, $b) { $a < $b })", "[3,2,1]")]
    [InlineData("$reduce([1,2,3], function($acc, $v, $i) { $acc + $v * $i }, 0)", "8")]
    [InlineData("$uppercase(\"straße\") & $string(0.1 + 0.2)", "\"STRASSE0.3\"")]
    public void Evaluates(string expression, string expected)
    {
        var result = Evaluate(expression);
        Assert.NotNull(result);
        Assert.True(JsonEquality.DeepEquals(JValue.Parse(expected), result), $"expected {expected} but was {result.ToJson()}");
    }

    [Fact]
    public void String_of_the_context_casts_the_input_array() =>
        Assert.Equal("\"[4,true]\"", Evaluate("$string()", "[4,true]")!.ToJson());

    [Theory]
    [InlineData("$match(\"abc\", /x*/)", "D1004")]
    [InlineData("$split(\"some text\", $uppercase)", "T1010")]
    [InlineData("$replace(\"abc\", /b/, function($m) { 42 })", "D3012")]
    [InlineData("$number(\"12 apples\")", "D3030")]
    [InlineData("$single([1, 2])", "D3138")]
    public void Reports_jsonata_errors(string expression, string code)
    {
        var e = Assert.Throws<JsonataException>(() => Evaluate(expression));
        Assert.Equal(code, e.Code);
    }
}
