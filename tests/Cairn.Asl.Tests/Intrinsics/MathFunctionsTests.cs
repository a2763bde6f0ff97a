using Cairn.Json;
using static Cairn.Asl.Tests.Intrinsics.IntrinsicTestHelper;

namespace Cairn.Asl.Tests.Intrinsics;

public sealed class MathFunctionsTests
{
    [Theory]
    [InlineData("States.MathAdd(111, -1)", "110")]
    [InlineData("States.MathAdd(1.9, 1.9)", "4")]
    [InlineData("States.MathAdd(-2147483648, 2147483647)", "-1")]
    [InlineData("States.MathAdd(States.ArrayLength(States.Array(1, 2)), -1)", "1")]
    public void MathAdd(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Theory]
    [InlineData("States.MathAdd(2147483648, 1)")]
    [InlineData("States.MathAdd('1', 1)")]
    [InlineData("States.MathAdd(1, null)")]
    public void MathAdd_rejects(string call) => ArrayFunctionsTests.AssertInvalid(call, "States.MathAdd");

    [Theory]
    [InlineData(12.5, 44.51)]
    [InlineData(9999, 99999)]
    [InlineData(-99999, -9999)]
    [InlineData(0, 1)]
    public void MathRandom_stays_in_range(double start, double end)
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var value = (JNumber)Eval($"States.MathRandom({start}, {end})", seed: seed);
            Assert.True(value.IsIntegral);
            Assert.InRange(value.IntegerValue, IntegerArgumentTests.JavaRound(start), IntegerArgumentTests.JavaRound(end) - 1);
        }
    }

    [Fact]
    public void MathRandom_with_a_seed_is_deterministic()
    {
        var first = Eval("States.MathRandom(0, 999, 3)", seed: 1);
        var second = Eval("States.MathRandom(0, 999, 3)", seed: 2);
        Assert.Equal(first, second);
        Assert.InRange(((JNumber)first).IntegerValue, 0, 998);
    }

    [Fact]
    public void MathRandom_with_a_seed_follows_java_util_random()
    {
        // Values printed by Java: new Random(42).nextInt(100), new Random(3).nextInt(999), new Random(-10).nextInt(9).
        Assert.Equal("30", EvalJson("States.MathRandom(0, 100, 42)"));
        Assert.Equal("239", EvalJson("States.MathRandom(0, 999, 3)"));
        Assert.Equal("1", EvalJson("States.MathRandom(1, 10, -10)"));
    }

    [Theory]
    [InlineData("States.MathRandom(1, 1)")]
    [InlineData("States.MathRandom(10, 5)")]
    [InlineData("States.MathRandom(1.4, 1.4)")]
    [InlineData("States.MathRandom('a', 10)")]
    [InlineData("States.MathRandom(1, 10, 'seed')")]
    [InlineData("States.MathRandom(1, 10, null)")]
    public void MathRandom_rejects(string call) => ArrayFunctionsTests.AssertInvalid(call, "States.MathRandom");
}
