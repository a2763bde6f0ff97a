using System.Globalization;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Tests.Language;

/// <summary>
/// Every way an expression builds a string or an array from sizes it controls is bounded: a result
/// over the limit stops the evaluation with U1001 before it is built (so memory stays bounded), a
/// result at the limit is built. Sizes are generated around the limit.
/// </summary>
public sealed class SizeLimitTests
{
    private static readonly int[] Limits = [9, 16, 100, 4_096, 262_144];

    private static JsonataOptions Limited(int max) => new() { MaxStringLength = max };

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The string a result (as compact JSON) holds.</summary>
    private static string Text(string json) => ((Cairn.Json.JString)Cairn.Json.JValue.Parse(json)).Value;

    /// <summary>Each expression (with N for the length) builds a string of exactly N code units from an input of a few.</summary>
    public static TheoryData<string> Builders() => new()
    {
        "$pad('', N, 'x')",
        "$pad('a', -N, 'x')",
        "$pad('', N, '')",
        "$join($map([1..N], function($i) { 'x' }))",
        "$join([$pad('', N - 1, 'y'), 'z'])",
        "$join($map([1..N], function($i) { 'x' }), '')",
        "$replace($pad('', N, 'a'), 'a', 'b')",
        "$replace($pad('', N, 'a'), /a/, 'b')",
        "$replace($pad('', N, 'a'), /a/, function($m) { 'b' })",
        "$pad('', N - 1, 'x') & 'y'",
        "$string([$pad('', N - 4, 'x')])",
        "$string({'a': $pad('', N - 8, 'x')})",
    };

    [Theory]
    [MemberData(nameof(Builders))]
    public void A_string_at_the_limit_is_built_and_one_over_it_is_refused(string template)
    {
        foreach (var max in Limits)
        {
            var at = Jsonata.Eval(template.Replace("N", N(max), StringComparison.Ordinal), options: Limited(max));
            Assert.Equal(max, Text(at).Length);

            var code = Jsonata.ErrorCode(template.Replace("N", N(max + 1), StringComparison.Ordinal), options: Limited(max));
            Assert.Equal("U1001", code);
        }
    }

    [Theory]
    [InlineData("$replace('aaaa', 'a', $pad('', 100000, 'b'))")]
    [InlineData("$replace('aaaa', /a/, $pad('', 100000, 'b'))")]
    [InlineData("($s := 'x'; $join([$s, $s, $s]) ~> $pad(300000, '.'))")]
    [InlineData("$join([$pad('', 200000, 'a'), $pad('', 200000, 'b')])")]
    [InlineData("$join([$pad('', 200000, 'a'), $pad('', 200000, 'b')], ',')")]
    [InlineData("$fromMillis(0, '[Y,300000]')")]
    [InlineData("$fromMillis(0, '[Y,200000][M,200000]')")]
    [InlineData("$now('[Y,300000]')")]
    public void Amplifying_a_small_input_past_the_limit_is_refused(string expression)
    {
        var error = Assert.Throws<JsonataException>(() => Jsonata.Eval(expression, options: Limited(262_144)));
        Assert.Equal("U1001", error.Code);
        Assert.Contains("262144 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(25)]
    public void Structures_doubled_by_sharing_cannot_be_cast_to_a_string_past_the_limit(int doublings)
    {
        // Each step nests the value twice: 2^n leaves by reference, tiny in memory, huge as text.
        var expression = $"($string($reduce([1..{doublings}], function($acc, $i) {{ [[$acc], [$acc]] }}, [1])))";
        var expected = ExpectedLength(doublings);
        if (expected <= 262_144)
        {
            Assert.Equal(expected, Text(Jsonata.Eval(expression, options: Limited(262_144))).Length);
        }
        else
        {
            Assert.Equal("U1001", Jsonata.ErrorCode(expression, options: Limited(262_144)));
        }
    }

    // [$acc] spreads $acc's items into a new array, so each step writes [T,T]: two copies of the previous text and 3 characters; the start is [1].
    private static long ExpectedLength(int doublings)
    {
        long length = 3;
        for (var i = 0; i < doublings; i++)
        {
            length = (2 * length) + 3;
        }

        return length;
    }

    [Fact]
    public void Without_a_limit_the_JavaScript_engines_longest_string_bounds_a_result()
    {
        Assert.Equal("U1001", Jsonata.ErrorCode("$pad('', 1e12, 'x')"));
        Assert.Equal("U1001", Jsonata.ErrorCode("$fromMillis(0, '[Y,1000000000]')"));
        Assert.Equal("\"xxxxxxxxxx\"", Jsonata.Eval("$pad('', 10, 'x')"));
    }

    [Theory]
    [InlineData("($reduce([1..30], function($acc, $i) { $append($acc, $acc) }, [1])) ~> $count()")]
    [InlineData("($reduce([1..30], function($acc, $i) { [$acc, $acc] }, [1])) ~> $count()")]
    [InlineData("$append([1..10000000], [1])")]
    public void Arrays_doubled_or_multiplied_past_ten_million_items_are_refused(string expression)
    {
        var error = Assert.Throws<JsonataException>(() => Jsonata.Eval(expression));
        Assert.Equal("U1001", error.Code);
        Assert.Contains(N(SequenceBuilder.MaxItems), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrays_up_to_the_limit_are_built()
    {
        Assert.Equal("1048576", Jsonata.Eval("($reduce([1..20], function($acc, $i) { $append($acc, $acc) }, [1])) ~> $count()"));
        Assert.Equal("1048576", Jsonata.Eval("($reduce([1..20], function($acc, $i) { [$acc, $acc] }, [1])) ~> $count()"));
        SequenceBuilder.CheckCount(SequenceBuilder.MaxItems);
        Assert.Equal("U1001", Assert.Throws<JsonataException>(() => SequenceBuilder.CheckCount(SequenceBuilder.MaxItems + 1L)).Code);
    }
}
