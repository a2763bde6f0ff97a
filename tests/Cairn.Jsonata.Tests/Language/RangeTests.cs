using Cairn.Json;

namespace Cairn.Jsonata.Tests.Language;

/// <summary>
/// The range operator's integers are made only when read: its length is known at once, and
/// whatever reads the items sees exactly the integers an eagerly built array would hold, in
/// every position a range can take, with the operator's size limit kept.
/// </summary>
public sealed class RangeTests
{
    [Fact]
    public void A_range_of_ten_million_is_counted_without_making_its_items()
    {
        var result = JsonataExpression.Compile("[100..10000099]").Evaluate(null);

        var array = Assert.IsAssignableFrom<JArray>(result);
        Assert.Equal(10_000_000, array.Count);
        Assert.True(array.IsDeferred);
        Assert.Equal("10000000", Jsonata.Eval("[100..10000099] ~> $count()"));
        Assert.Equal("10000000", Jsonata.Eval("$count([-5000000..4999999])"));
    }

    [Fact]
    public void Reading_an_item_makes_them_all_once()
    {
        var array = (JArray)JsonataExpression.Compile("[5..9]").Evaluate(null)!;

        Assert.Equal(7, ((JNumber)array[2]).IntegerValue);
        Assert.False(array.IsDeferred);
        Assert.Equal("[5,6,7,8,9]", array.ToJson());
    }

    /// <summary>Each form, over generated bounds (also empty and one-item ranges), against the integers written out.</summary>
    [Fact]
    public void Every_use_of_a_range_sees_its_integers()
    {
        (string Ranged, string Written)[] forms =
        [
            ("[A..B]", "L"), ("[A..B][]", "L[]"), ("$count([A..B])", "$count(L)"), ("[A..B][$ % 2 = 0]", "L[$ % 2 = 0]"),
            ("[A..B][0]", "L[0]"), ("[A..B][-1]", "L[-1]"), ("[A..B].($ * 2)", "L.($ * 2)"), ("$sum([A..B])", "$sum(L)"),
            ("$reverse([A..B])", "$reverse(L)"), ("$append([A..B], 0)", "$append(L, 0)"), ("[A..B] = L", "L = L"),
            ("$string([A..B])", "$string(L)"), ("[[A..B]]", "[L]"), ("[0, A..B]", "$append(0, L)"), ("{'r': [A..B]}.r", "{'r': L}.r"),
            ("[A..B]@$x.$x", "L@$x.$x"), ("$map([A..B], function($v, $i) { $v + $i })", "$map(L, function($v, $i) { $v + $i })"),
            ("[A..B]#$i.$i", "L#$i.$i"), ("$[[A..B]]", "$[L]"), ("[A..B][[0..1]]", "L[[0, 1]]"), ("$sort([A..B], function($l, $r) { $l < $r })", "$sort(L, function($l, $r) { $l < $r })"),
        ];
        var random = new Random(11);
        var input = "[" + string.Join(",", Enumerable.Range(0, 12).Select(n => n * 10)) + "]";
        for (var i = 0; i < 120; i++)
        {
            var a = random.Next(-6, 6);
            var b = a + random.Next(-2, 8);
            var list = "[" + string.Join(",", Enumerable.Range(a, Math.Max(0, b - a + 1))) + "]";
            foreach (var (rangedForm, writtenForm) in forms)
            {
                var ranged = Fill(rangedForm, a, b, list);
                var written = Fill(writtenForm, a, b, list);
                var expected = Outcome(written, input);
                Assert.True(Outcome(ranged, input) == expected, $"{ranged} gave {Outcome(ranged, input)}, {written} gives {expected}");
            }
        }
    }

    private static string Fill(string form, int a, int b, string list) =>
        form.Replace("A..B", $"{a}..{b}", StringComparison.Ordinal).Replace("L", list, StringComparison.Ordinal);

    [Theory]
    [InlineData("[1..10000001]", "D2014")]
    [InlineData("$count([1..10000001])", "D2014")]
    [InlineData("[0.5..3]", "T2003")]
    [InlineData("[1..'x']", "T2004")]
    public void Keeps_the_operator_errors(string expression, string code) => Assert.Equal(code, Jsonata.ErrorCode(expression));

    [Fact]
    public void A_range_of_the_largest_size_is_allowed() => Assert.Equal("10000000", Jsonata.Eval("$count([1..10000000])"));

    private static string Outcome(string expression, string input)
    {
        try
        {
            return Jsonata.Eval(expression, input);
        }
        catch (JsonataException e)
        {
            return "error " + e.Code;
        }
    }
}
