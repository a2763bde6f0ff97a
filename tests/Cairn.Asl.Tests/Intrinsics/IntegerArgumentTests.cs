using System.Globalization;
using Cairn.Json;
using CsCheck;
using static Cairn.Asl.Tests.Intrinsics.IntrinsicTestHelper;

namespace Cairn.Asl.Tests.Intrinsics;

/// <summary>
/// The one rule for numeric arguments that must be integers (MathAdd, MathRandom, ArrayRange,
/// ArrayPartition, ArrayGetItem): a fraction is rounded to the nearest integer with halves toward
/// positive infinity, as Java's Math.round does and AWS's recorded MathAdd results show.
/// </summary>
public sealed class IntegerArgumentTests
{
    /// <summary>Halves, hundredths, values next to a half, and plain doubles, positive and negative.</summary>
    internal static readonly Gen<double> Numbers = Gen.OneOf(
        Gen.Int[-20_000, 20_000].Select(i => i / 2.0),
        Gen.Int[-2_000_000, 2_000_000].Select(i => i / 100.0),
        Gen.Int[-10_000, 10_000].Select(i => Math.BitIncrement(i + 0.5)),
        Gen.Int[-10_000, 10_000].Select(i => Math.BitDecrement(i + 0.5)),
        Gen.Double[-1e6, 1e6]);

    /// <summary>
    /// The expected rounding, stated differently from the implementation: a value exactly halfway
    /// between two integers goes to the upper one; any other value to the nearest.
    /// </summary>
    internal static long JavaRound(double value)
    {
        var lower = Math.Floor(value);
        return value - lower == 0.5 ? (long)lower + 1 : (long)Math.Round(value, MidpointRounding.ToEven);
    }

    internal static string Json(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [Theory]
    // Recorded by AWS (States.MathAdd over these inputs): each argument is rounded, then added.
    [InlineData(-9, 3, -6)]
    [InlineData(1.49, 1.50, 3)]
    [InlineData(1.50, 1.51, 4)]
    [InlineData(-1.49, -1.50, -2)]
    // Halves toward positive infinity, unlike .NET's default (to even) or away from zero.
    [InlineData(0.5, 0, 1)]
    [InlineData(2.5, 0, 3)]
    [InlineData(-0.5, 0, 0)]
    [InlineData(-2.5, 0, -2)]
    [InlineData(-0.5, 0.5, 1)]
    [InlineData(0.49999999999999994, 0, 0)]
    public void MathAdd_rounds_each_argument(double a, double b, long expected) =>
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), EvalJson("States.MathAdd($.a, $.b)", $"{{\"a\":{Json(a)},\"b\":{Json(b)}}}"));

    [Fact]
    public void MathAdd_is_the_sum_of_the_rounded_arguments() =>
        Gen.Select(Numbers, Numbers).Sample((a, b) =>
        {
            var result = (JNumber)Eval("States.MathAdd($.a, $.b)", $"{{\"a\":{Json(a)},\"b\":{Json(b)}}}");
            Assert.True(result.IsIntegral);
            Assert.Equal(JavaRound(a) + JavaRound(b), result.IntegerValue);
        }, iter: 2000);

    [Fact]
    public void ArrayRange_rounds_start_end_and_step() =>
        Gen.Select(Gen.Int[-400, 400].Select(i => i / 4.0), Gen.Int[-400, 400].Select(i => i / 4.0), Gen.Int[-40, 40].Select(i => i / 4.0))
            .Sample((start, end, step) =>
            {
                var input = $"{{\"s\":{Json(start)},\"e\":{Json(end)},\"t\":{Json(step)}}}";
                long first = JavaRound(start), last = JavaRound(end), increment = JavaRound(step);
                if (increment == 0)
                {
                    Fails("States.ArrayRange($.s, $.e, $.t)", input);
                    return;
                }

                var expected = new List<long>();
                for (var v = first; increment > 0 ? v <= last : v >= last; v += increment)
                {
                    expected.Add(v);
                }

                var actual = ((JArray)Eval("States.ArrayRange($.s, $.e, $.t)", input)).Select(v => ((JNumber)v).IntegerValue);
                Assert.Equal(expected, actual);
            }, iter: 2000);

    [Fact]
    public void ArrayPartition_rounds_the_chunk_size() =>
        Gen.Select(Gen.Int[0, 12], Gen.Int[-4, 30].Select(i => i / 4.0)).Sample((length, size) =>
        {
            var array = "[" + string.Join(",", Enumerable.Range(0, length)) + "]";
            var input = $"{{\"a\":{array},\"n\":{Json(size)}}}";
            var chunk = JavaRound(size);
            if (chunk <= 0)
            {
                Fails("States.ArrayPartition($.a, $.n)", input);
                return;
            }

            var chunks = (JArray)Eval("States.ArrayPartition($.a, $.n)", input);
            Assert.Equal((length + chunk - 1) / chunk, chunks.Count);
            Assert.All(chunks.Take(chunks.Count - 1), c => Assert.Equal(chunk, ((JArray)c).Count));
        }, iter: 1000);

    [Fact]
    public void MathRandom_draws_between_the_rounded_bounds() =>
        Gen.Select(Gen.Int[-40, 40].Select(i => i / 4.0), Gen.Int[-40, 40].Select(i => i / 4.0), Gen.Int[0, 1000]).Sample((start, end, seed) =>
        {
            var input = $"{{\"s\":{Json(start)},\"e\":{Json(end)}}}";
            long low = JavaRound(start), high = JavaRound(end);
            if (low >= high)
            {
                Fails("States.MathRandom($.s, $.e)", input);
                return;
            }

            var value = ((JNumber)Eval("States.MathRandom($.s, $.e)", input, seed)).IntegerValue;
            Assert.InRange(value, low, high - 1);
        }, iter: 1000);

    [Fact]
    public void ArrayGetItem_rounds_the_index() =>
        Gen.Int[-4, 40].Select(i => i / 4.0).Sample(index =>
        {
            var input = $"{{\"a\":[0,1,2,3,4,5,6,7,8],\"i\":{Json(index)}}}";
            var rounded = JavaRound(index);
            if (rounded is < 0 or > 8)
            {
                Fails("States.ArrayGetItem($.a, $.i)", input);
                return;
            }

            Assert.Equal(rounded, ((JNumber)Eval("States.ArrayGetItem($.a, $.i)", input)).IntegerValue);
        });
}
