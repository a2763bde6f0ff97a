using Cairn.Asl.Intrinsics;
using static Cairn.Asl.Tests.Intrinsics.IntrinsicTestHelper;

namespace Cairn.Asl.Tests.Intrinsics;

public sealed class IntrinsicParserTests
{
    [Theory]
    [InlineData("States.Array()", "[]")]
    [InlineData("States.Array( 1 , -2.5,true,false , null )", "[1,-2.5,true,false,null]")]
    [InlineData("States.Array('a', 'it\\'s', '\\{\\}', 'back\\\\slash')", "[\"a\",\"it's\",\"{}\",\"back\\\\slash\"]")]
    [InlineData("States.Array(1e3, 0.5, -0)", "[1000.0,0.5,0]")]
    [InlineData("States.Array(States.Array(1), States.ArrayLength(States.Array(1, 2)))", "[[1],2]")]
    [InlineData("States.Array('Hello\nWorld')", "[\"Hello\\nWorld\"]")]
    public void Parses_literals_and_nested_calls(string call, string expected) =>
        Assert.Equal(expected, EvalJson(call));

    [Fact]
    public void Keeps_text_and_name()
    {
        var f = IntrinsicFunction.Parse("States.MathAdd(1, 2)");
        Assert.Equal("States.MathAdd", f.Name);
        Assert.Equal("States.MathAdd(1, 2)", f.Text);
    }

    [Theory]
    [InlineData("States.Unknown(1)")]
    [InlineData("States.format('x')")]
    [InlineData("States.Array(1")]
    [InlineData("States.Array(1,)")]
    [InlineData("States.Array(,1)")]
    [InlineData("States.Array(1) x")]
    [InlineData("States.Array('abc)")]
    [InlineData("States.Array('a\\\"b')")]
    [InlineData("States.Array('a\\nb')")]
    [InlineData("States.Array(tru)")]
    [InlineData("States.Array(1.)")]
    [InlineData("States.Array(abc)")]
    [InlineData("Array(1)")]
    [InlineData("States.UUID(1)")]
    [InlineData("States.MathAdd(1)")]
    [InlineData("States.MathRandom(1, 2, 3, 4)")]
    [InlineData("States.JsonMerge(1, 2)")]
    [InlineData("States.Format()")]
    [InlineData("States.Format('{}', $.a[?(@.b == 'x\\")]
    [InlineData("States.Array($['\\")]
    public void Rejects_bad_calls(string call) =>
        Assert.Throws<AslSyntaxException>(() => IntrinsicFunction.Parse(call));

    [Fact]
    public void Rejects_illegal_escape_recorded_as_invalid_definition() =>
        Assert.Throws<AslSyntaxException>(() =>
            IntrinsicFunction.Parse("States.StringToJson('{\"text\":\"An \\\"escaped double quote\\\" here\"}')"));

    [Theory]
    [InlineData("States.Array($.a, $['b c'], $.d[0])", "{\"a\":1,\"b c\":2,\"d\":[3]}", "[1,2,3]")]
    [InlineData("States.Array($)", "{\"a\":1}", "[{\"a\":1}]")]
    [InlineData("States.Array($.a , 'x')", "{\"a\":1}", "[1,\"x\"]")]
    public void Reads_path_arguments(string call, string input, string expected) =>
        Assert.Equal(expected, EvalJson(call, input));

    [Fact]
    public void Missing_path_fails_at_run_time()
    {
        var e = Fails("States.Base64Decode($.missing)");
        Assert.Equal("States.Runtime", e.Error);
        Assert.Contains("The JsonPath argument for the field '$.missing' could not be found in the input '{}'", e.Cause);
    }
}
