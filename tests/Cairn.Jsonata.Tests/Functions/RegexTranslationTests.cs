using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Tests.Functions;

public class RegexTranslationTests
{
    private static string? FirstMatch(string pattern, string input, string flags = "") =>
        JsonataRegex.Create(pattern, flags).Match(input, 0)?.Value;

    [Theory]
    [InlineData(@"\d+", "x١٢3", "3")]
    [InlineData(@"\w+", "é_ab", "_ab")]
    [InlineData(@"\s+", "a\u00a0\ufeffb", "\u00a0\ufeff")]
    [InlineData(@"\bab", "éab", "ab")]
    [InlineData(".+", "ab\u2028c", "ab")]
    [InlineData("a$", "a\n", null)]
    [InlineData("^b", "a\nb", null)]
    [InlineData("[^]+", "a\nb", "a\nb")]
    [InlineData("a[]b", "ab", null)]
    [InlineData("[]a]", "a]", null)]
    [InlineData(@"[\d-z]+", "1-z", "1-z")]
    [InlineData(@"[^\D5]+", "a1235", "123")]
    [InlineData(@"[\b]", "a\bb", "\b")]
    [InlineData(@"(a)?\1b", "b", "b")]
    [InlineData(@"\1(a)", "a", "a")]
    [InlineData(@"\12", "x\n", "\n")]
    [InlineData(@"\8", "8", "8")]
    [InlineData(@"\x41\u0042\cJ", "AB\n", "AB\n")]
    [InlineData(@"\xZ", "xZ", "xZ")]
    [InlineData(@"\c1", "\\c1", "\\c1")]
    [InlineData("a{2}", "aaa", "aa")]
    [InlineData("a{,2}", "a{,2}", "a{,2}")]
    [InlineData("a{1", "a{1", "a{1")]
    [InlineData("a}", "a}", "a}")]
    [InlineData(@"(?<year>\d{4})-\k<year>", "2024-2024", "2024-2024")]
    [InlineData(@"\k", "k", "k")]
    [InlineData(@"(?<=a)b", "ab", "b")]
    [InlineData("a#b c", "a#b c", "a#b c")]
    [InlineData(@"\/", "/", "/")]
    [InlineData(@"\p{L}", "p{L}", "p{L}")]
    public void Matches_as_javascript(string pattern, string input, string? expected) =>
        Assert.Equal(expected, FirstMatch(pattern, input));

    [Theory]
    [InlineData("^b$", "a\r\nb", "m", "b")]
    [InlineData("^b$", "a\u2028b\u2029", "m", "b")]
    [InlineData("ABC", "xabc", "i", "abc")]
    [InlineData("[a-c]+", "xABC", "i", "ABC")]
    public void Honours_flags(string pattern, string input, string flags, string expected) =>
        Assert.Equal(expected, FirstMatch(pattern, input, flags));

    [Fact]
    public void Named_groups_are_numbered_in_order_with_the_others()
    {
        var match = JsonataRegex.Create("(?<x>a)(b)", "").Match("ab", 0)!;
        Assert.Equal(2, match.Groups.Length);
        Assert.Equal("\"a\"", match.Groups[0].ToJson());
        Assert.Equal("\"b\"", match.Groups[1].ToJson());
    }

    [Theory]
    [InlineData("", "", "S0301")]
    [InlineData("a", "g", "S0302")]
    [InlineData("a)", "", "S0303")]
    [InlineData("(a", "", "S0303")]
    [InlineData("[a", "", "S0303")]
    [InlineData("a{2,1}", "", "S0303")]
    [InlineData("[z-a]", "", "S0303")]
    [InlineData("*a", "", "S0303")]
    [InlineData("a**", "", "S0303")]
    [InlineData("(?x)", "", "S0303")]
    [InlineData(@"(?<n>a)\k<m>", "", "S0303")]
    [InlineData("a\\", "", "S0303")]
    public void Rejects_what_javascript_rejects(string pattern, string flags, string code)
    {
        var e = Assert.Throws<JsonataException>(() => JsonataRegex.Create(pattern, flags));
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void A_catastrophic_pattern_times_out_instead_of_hanging()
    {
        var regex = JsonataRegex.Create("(a+)+$", "");
        var e = Assert.Throws<JsonataException>(() => regex.Match(new string('a', 40) + "!", 0));
        Assert.Equal("U1001", e.Code);
    }
}
