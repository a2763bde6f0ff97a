using static Cairn.Asl.Tests.Intrinsics.IntrinsicTestHelper;

namespace Cairn.Asl.Tests.Intrinsics;

public sealed class ArrayFunctionsTests
{
    [Theory]
    [InlineData("States.ArrayPartition(States.Array(1,2,3,4,5,6,7,8,9), 4)", "[[1,2,3,4],[5,6,7,8],[9]]")]
    [InlineData("States.ArrayPartition(States.Array(), 2)", "[]")]
    [InlineData("States.ArrayPartition(States.Array(1,2,3), 2.9)", "[[1,2,3]]")]
    [InlineData("States.ArrayPartition(States.Array(1,2,3), 1.5)", "[[1,2],[3]]")]
    public void ArrayPartition(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Theory]
    [InlineData("States.ArrayPartition(States.Array(1), 0)")]
    [InlineData("States.ArrayPartition(States.Array(1), 0.49)")]
    [InlineData("States.ArrayPartition(States.Array(1), -1)")]
    [InlineData("States.ArrayPartition('x', 1)")]
    [InlineData("States.ArrayPartition(States.Array(1), '1')")]
    public void ArrayPartition_rejects(string call) => AssertInvalid(call, "States.ArrayPartition");

    [Theory]
    [InlineData("States.ArrayContains(States.Array(1,2,3), 2)", "true")]
    [InlineData("States.ArrayContains(States.Array(1,2,3), 4)", "false")]
    [InlineData("States.ArrayContains(States.Array(States.Array(1,2)), States.Array(1,2))", "true")]
    [InlineData("States.ArrayContains(States.Array(), null)", "false")]
    [InlineData("States.ArrayContains(States.Array(null), null)", "true")]
    public void ArrayContains(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Theory]
    [InlineData("States.ArrayRange(1, 9, 2)", "[1,3,5,7,9]")]
    [InlineData("States.ArrayRange(0, 10, 3)", "[0,3,6,9]")]
    [InlineData("States.ArrayRange(1, 9, 9)", "[1]")]
    [InlineData("States.ArrayRange(5, 1, -2)", "[5,3,1]")]
    [InlineData("States.ArrayRange(5, 1, 1)", "[]")]
    [InlineData("States.ArrayRange(3, 3, -1)", "[3]")]
    [InlineData("States.ArrayRange(1.6, 1.4, 1)", "[]")]
    [InlineData("States.ArrayRange(5.4, -0.6, -2.4)", "[5,3,1,-1]")]
    public void ArrayRange(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Fact]
    public void ArrayRange_allows_1000_items()
    {
        Assert.Equal(1000, ((Cairn.Json.JArray)Eval("States.ArrayRange(1, 1000, 1)")).Count);
        Assert.Equal(1000, ((Cairn.Json.JArray)Eval("States.ArrayRange(1000, 1, -1)")).Count);
    }

    [Theory]
    [InlineData("States.ArrayRange(1, 1001, 1)")]
    [InlineData("States.ArrayRange(1001, 1, -1)")]
    [InlineData("States.ArrayRange(1, 10, 0)")]
    [InlineData("States.ArrayRange(1, 10, 0.49)")]
    [InlineData("States.ArrayRange('a', 5, 1)")]
    [InlineData("States.ArrayRange(1, null, 1)")]
    public void ArrayRange_rejects(string call) => AssertInvalid(call, "States.ArrayRange");

    [Theory]
    [InlineData("States.ArrayGetItem(States.Array(1,2,3,4,5,6,7,8,9), 5)", "6")]
    [InlineData("States.ArrayGetItem(States.Array(10,20,30), 1.2)", "20")]
    [InlineData("States.ArrayGetItem(States.Array(), 999)", "null")]
    public void ArrayGetItem(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Theory]
    [InlineData("States.ArrayGetItem(States.Array(10,20,30), 3)")]
    [InlineData("States.ArrayGetItem(States.Array(10,20,30), -1)")]
    [InlineData("States.ArrayGetItem(States.Array(10,20,30), '1')")]
    [InlineData("States.ArrayGetItem('not-array', 0)")]
    public void ArrayGetItem_rejects(string call) => AssertInvalid(call, "States.ArrayGetItem");

    [Theory]
    [InlineData("States.ArrayLength(States.Array())", "0")]
    [InlineData("States.ArrayLength(States.Array(1, null, 'x'))", "3")]
    public void ArrayLength(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Fact]
    public void ArrayLength_rejects_non_array() => AssertInvalid("States.ArrayLength('abc')", "States.ArrayLength");

    [Theory]
    [InlineData("States.ArrayUnique(States.Array(1,2,3,3,3,3,3,3,4))", "[1,2,3,4]")]
    [InlineData("States.ArrayUnique(States.Array(null, null, true, true, 'a', 'a', States.Array(), States.Array()))", "[null,true,\"a\",[]]")]
    [InlineData("States.ArrayUnique(States.Array())", "[]")]
    public void ArrayUnique(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Fact]
    public void ArrayUnique_compares_objects_structurally() =>
        Assert.Equal(
            "[{\"a\":1,\"b\":2},{\"a\":1,\"b\":1}]",
            EvalJson("States.ArrayUnique($.x)", "{\"x\":[{\"a\":1,\"b\":2},{\"b\":2,\"a\":1},{\"a\":1,\"b\":1}]}"));

    internal static void AssertInvalid(string call, string name) => AssertInvalidWithInput(call, "{}", name);

    internal static void AssertInvalidWithInput(string call, string input, string name)
    {
        var e = Fails(call, input);
        Assert.Equal("States.Runtime", e.Error);
        Assert.Contains($"Invalid arguments in {name}", e.Cause);
        Assert.StartsWith($"There was an error while evaluating the intrinsic function: {name}(", e.Cause);
    }
}
