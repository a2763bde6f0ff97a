namespace Cairn.Jsonata.Tests.Language;

public sealed class FunctionTests
{
    [Theory]
    [InlineData("($add := function($a, $b) { $a + $b }; $add(2, 3))", "5")]
    [InlineData("($n := 10; $f := function($x) { $x + $n }; $n := 20; $f(1))", "21")]
    [InlineData("($make := function($k) { function($x) { $x * $k } }; $make(3)(4))", "12")]
    [InlineData("($f := function($a, $b, $c) { $a & $b & $c }; $g := $f(?, 'b', ?); $g('a', 'c'))", "\"abc\"")]
    [InlineData("($first3 := $substring(?, 0, 3); $first3('abcdef'))", "\"abc\"")]
    [InlineData("'hello' ~> $uppercase()", "\"HELLO\"")]
    [InlineData("($upper := $uppercase; 'x' ~> $upper)", "\"X\"")]
    [InlineData("($twice := function($s) { $s & $s }; $both := $uppercase ~> $twice; $both('ab'))", "\"ABAB\"")]
    [InlineData("$map([1, 2, 3], function($v, $i) { $v * 10 + $i })", "[10,21,32]")]
    [InlineData("$filter([1, 2, 3, 4], function($v) { $v % 2 = 0 })", "[2,4]")]
    [InlineData("$reduce([1, 2, 3, 4], function($a, $v) { $a + $v })", "10")]
    [InlineData("($f := function($s)<s:s> { $s }; $f('ok'))", "\"ok\"")]
    [InlineData("($f := function($a)<a<n>:a<n>> { $a }; $f(5))", "[5]")]
    [InlineData("$eval('1 + $x', {'x': 2}.x)", "undefined")]
    [InlineData("($x := 2; $eval('1 + $x'))", "3")]
    [InlineData("$eval('a + 1', {'a': 2})", "3")]
    public void Applies_functions(string expression, string expected)
    {
        Assert.Equal(expected, Jsonata.Eval(expression));
    }

    [Theory]
    [InlineData("($f := function($s)<s:s> { $s }; $f(1))", "T0410")]
    [InlineData("$sum(['a'])", "T0412")]
    [InlineData("$substring(1)", "T0411")]
    [InlineData("5()", "T1006")]
    [InlineData("uppercase('a')", "T1005")]
    [InlineData("5(?)", "T1008")]
    [InlineData("1 ~> 2", "T2006")]
    [InlineData("$eval('1 +')", "D3120")]
    [InlineData("$eval('\"a\" - 1')", "D3121")]
    public void Reports_call_errors(string expression, string code)
    {
        Assert.Equal(code, Jsonata.ErrorCode(expression, """{"v": 1}"""));
    }

    [Fact]
    public void Tail_recursion_runs_in_constant_stack()
    {
        var expression = "($loop := function($n, $acc) { $n = 0 ? $acc : $loop($n - 1, $acc + 1) }; $loop(200000, 0))";
        Assert.Equal("200000", Jsonata.Eval(expression));
    }

    [Fact]
    public void Depth_limit_counts_nested_evaluation_like_jsonata()
    {
        var options = new JsonataOptions { DepthLimit = 302 };
        const string factorial = "($f := function($n) { $n = 0 ? 1 : $n * $f($n - 1) }; $f(N))";
        Assert.StartsWith("9.33262154439", Jsonata.Eval(factorial.Replace("N", "99"), options: options));
        Assert.Equal("U1001", Jsonata.ErrorCode(factorial.Replace("N", "100"), options: options));
    }

    [Fact]
    public void Deep_recursion_without_a_depth_limit_stops_with_an_error_not_a_crash()
    {
        var expression = "($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(10000000))";
        Assert.Equal("U1001", Jsonata.ErrorCode(expression));
    }

    [Fact]
    public void Time_limit_stops_an_endless_loop()
    {
        var options = new JsonataOptions { TimeLimit = TimeSpan.FromMilliseconds(200) };
        Assert.Equal("U1001", Jsonata.ErrorCode("($f := function() { $f() }; $f())", options: options));
    }
}
