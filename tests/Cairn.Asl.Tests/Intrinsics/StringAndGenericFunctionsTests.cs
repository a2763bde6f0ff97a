using Cairn.Json;
using static Cairn.Asl.Tests.Intrinsics.IntrinsicTestHelper;

namespace Cairn.Asl.Tests.Intrinsics;

public sealed class StringAndGenericFunctionsTests
{
    [Theory]
    [InlineData("1,2,3,4,5", ",", "[\"1\",\"2\",\"3\",\"4\",\"5\"]")]
    [InlineData("This.is+a,test=string", ".+,=", "[\"This\",\"is\",\"a\",\"test\",\"string\"]")]
    [InlineData(", , ,", ",", "[\" \",\" \"]")]
    [InlineData(",,,,", ",", "[]")]
    [InlineData(" ", ",", "[\" \"]")]
    [InlineData("", ",", "[]")]
    [InlineData("abc", "", "[\"abc\"]")]
    public void StringSplit(string text, string delimiters, string expected) =>
        Assert.Equal(expected, EvalJson("States.StringSplit($.s, $.d)", new JObjectBuilder().Set("s", text).Set("d", delimiters).Build().ToJson()));

    [Fact]
    public void StringSplit_rejects_non_strings() =>
        ArrayFunctionsTests.AssertInvalid("States.StringSplit(1, ',')", "States.StringSplit");

    [Theory]
    [InlineData("States.Format('Hello, my name is {}.', $.name)", "Hello, my name is Arnav.")]
    [InlineData("States.Format($.template, $.name)", "Hello, my name is Arnav.")]
    [InlineData("States.Format('no placeholders')", "no placeholders")]
    [InlineData("States.Format('  {}  ', 'x')", "  x  ")]
    [InlineData("States.Format('{} {} {}', 'x', 2, true)", "x 2 true")]
    [InlineData("States.Format('{}|{}|{}', null, 3.5, 1e20)", "null|3.5|1.0E20")]
    [InlineData("States.Format('Name: \\'{}\\'', $.name)", "Name: 'Arnav'")]
    [InlineData("States.Format('\\{\\}{}', 1)", "{}1")]
    [InlineData("States.Format('{}', States.JsonToString($.o))", "{\"k\":1}")]
    [InlineData("States.Format('{}', $.o)", "{k=1}")]
    [InlineData("States.Format('{}', $.nested)", "{Id=arn:x, Name=n, List=[a, 1, null, {b=false}]}")]
    public void Format(string call, string expected) =>
        Assert.Equal(
            expected,
            ((JString)Eval(call, "{\"name\":\"Arnav\",\"template\":\"Hello, my name is {}.\",\"o\":{\"k\":1},\"nested\":{\"Id\":\"arn:x\",\"Name\":\"n\",\"List\":[\"a\",1,null,{\"b\":false}]}}")).Value);

    [Theory]
    [InlineData("States.Format('{} {}', 'a')")]
    [InlineData("States.Format('{}', 'a', 'b')")]
    [InlineData("States.Format($.t, 'a')")]
    public void Format_rejects_placeholder_mismatch(string call)
    {
        var e = Fails(call, "{\"t\":123}");
        Assert.Equal("States.Runtime", e.Error);
        Assert.Contains("Invalid arguments in States.Format", e.Cause);
    }

    [Theory]
    [InlineData("States.Format('Hello {', 'a')")]
    [InlineData("States.Format('Hello {{}}', 'a')")]
    [InlineData("States.Format('}')")]
    [InlineData("States.Format($.t)")]
    public void Format_rejects_malformed_templates_at_run_time(string call)
    {
        var e = Fails(call, "{\"t\":\"a { b\"}");
        Assert.Equal("States.Runtime", e.Error);
        Assert.Contains("States.Format", e.Cause);
    }

    [Fact]
    public void Uuid_is_version_4_and_comes_from_the_entropy_source()
    {
        var a = ((JString)Eval("States.UUID()", seed: 5)).Value;
        var b = ((JString)Eval("States.UUID()", seed: 5)).Value;
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", a);
        Assert.Equal(a, b);
    }
}
