using static Cairn.Asl.Tests.Intrinsics.IntrinsicTestHelper;

namespace Cairn.Asl.Tests.Intrinsics;

public sealed class JsonFunctionsTests
{
    [Theory]
    [InlineData("", "null")]
    [InlineData(" ", "null")]
    [InlineData("null", "null")]
    [InlineData("-0", "0")]
    [InlineData("1.1", "1.1")]
    [InlineData("true", "true")]
    [InlineData("\\\"HelloWorld\\\"", "\"HelloWorld\"")]
    [InlineData("[1, 2, \\\"HelloWorld\\\"]", "[1,2,\"HelloWorld\"]")]
    [InlineData("{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}", "{\"Arg1\":1,\"Arg2\":[]}")]
    public void StringToJson(string text, string expected) =>
        Assert.Equal(expected, EvalJson("States.StringToJson($.s)", $"{{\"s\":\"{text}\"}}"));

    [Theory]
    [InlineData("States.StringToJson('{oops')")]
    [InlineData("States.StringToJson(1)")]
    public void StringToJson_rejects(string call) => ArrayFunctionsTests.AssertInvalid(call, "States.StringToJson");

    [Fact]
    public void JsonToString_writes_compact_json() =>
        Assert.Equal(
            "\"{\\\"foo\\\":\\\"bar\\\",\\\"n\\\":[1,2.5,null]}\"",
            EvalJson("States.JsonToString($.o)", "{\"o\":{\"foo\":\"bar\",\"n\":[1,2.5,null]}}"));

    [Fact]
    public void JsonToString_of_a_string_quotes_it() =>
        Assert.Equal("\"\\\"x\\\"\"", EvalJson("States.JsonToString('x')"));

    [Fact]
    public void JsonMerge_is_shallow_and_later_keys_win() =>
        Assert.Equal(
            "{\"a\":{\"a3\":1,\"a4\":2},\"b\":2,\"c\":3}",
            EvalJson(
                "States.JsonMerge($.json1, $.json2, false)",
                "{\"json1\":{\"a\":{\"a1\":1,\"a2\":2},\"b\":2},\"json2\":{\"a\":{\"a3\":1,\"a4\":2},\"c\":3}}"));

    [Theory]
    [InlineData("States.JsonMerge($.x, $.y, true)")]
    [InlineData("States.JsonMerge($.x, $.y, 'false')")]
    [InlineData("States.JsonMerge($.x, States.Array(), false)")]
    [InlineData("States.JsonMerge('a', $.y, false)")]
    public void JsonMerge_rejects(string call) =>
        ArrayFunctionsTests.AssertInvalidWithInput(call, "{\"x\":{\"a\":1},\"y\":{\"b\":2}}", "States.JsonMerge");
}
