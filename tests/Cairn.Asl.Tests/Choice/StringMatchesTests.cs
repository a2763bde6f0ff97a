using Cairn.Asl.Choice;
using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class StringMatchesTests
{
    [Theory]
    [InlineData("log-*.txt", "log-1.txt", true)]
    [InlineData("log-*.txt", "log-.txt", true)]
    [InlineData("log-*.txt", "log-1.txt.bak", false)]
    [InlineData("*", "", true)]
    [InlineData("*", "anything", true)]
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abcd", false)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("*ab*ab*", "abab", true)]
    [InlineData("*ab*ab*", "aba", false)]
    [InlineData("a*a", "a", false)]
    [InlineData("a**a", "aa", true)]
    [InlineData("*.TXT", "x.txt", false)]
    public void Wildcard(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, StringMatchPattern.Compile(pattern).IsMatch(value));
        Assert.Equal(expected, Compare("StringMatches", Quote(pattern), Quote(value)));
    }

    [Theory]
    [InlineData(@"a\*b", "a*b", true)]
    [InlineData(@"a\*b", "aXb", false)]
    [InlineData(@"a\\b", @"a\b", true)]
    [InlineData(@"a\\*", @"a\anything", true)]
    [InlineData(@"a\\\*", @"a\*", true)]
    [InlineData(@"a\\\*", @"a\x", false)]
    [InlineData(@"\*", "*", true)]
    [InlineData(@"a\b", @"a\b", true)]
    [InlineData(@"a\", @"a\", true)]
    public void EscapedAsteriskAndBackslash(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, StringMatchPattern.Compile(pattern).IsMatch(value));
    }

    [Fact]
    public void EscapesAsWrittenInJson()
    {
        // In the definition's JSON, a literal asterisk is "\\*" and a literal backslash "\\\\".
        Assert.True(Evaluate("""{"Variable": "$.v", "StringMatches": "x\\*"}""", """{"v": "x*"}"""));
        Assert.False(Evaluate("""{"Variable": "$.v", "StringMatches": "x\\*"}""", """{"v": "xy"}"""));
        Assert.True(Evaluate("""{"Variable": "$.v", "StringMatches": "x\\\\*"}""", """{"v": "x\\yz"}"""));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("null")]
    [InlineData("[\"a\"]")]
    public void NonStringValueIsFalse(string value)
    {
        Assert.False(Compare("StringMatches", "\"*\"", value));
    }

    [Fact]
    public void HasNoPathForm()
    {
        Assert.Throws<AslSyntaxException>(() => Rule("""{"Variable": "$.v", "StringMatchesPath": "$.w"}"""));
    }
}
