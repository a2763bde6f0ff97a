using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Unit;

public sealed class PyRegexTests
{
    [Theory]
    [InlineData("Extended Request ID: [a-zA-Z0-9-/=+]+", "Extended Request ID: <x>", "x Extended Request ID: ab-/=+c y", "x Extended Request ID: <x> y")]
    [InlineData("(?P<id>[0-9]+)-(?P=id)", "\\g<id>", "12-12 3-4", "12 3-4")]
    [InlineData("a\\Z", "b", "a\n", "a\n")]
    [InlineData("x", "$1\\&", "x", "$1\\&")]
    [InlineData("(a)(b)", "\\2\\1", "ab", "ba")]
    [InlineData("\\\\\"requestId\\\\\": \\\\\"([a-f0-9\\-]+)\\\\\"", "\\\"requestId\\\": \\\"<request-id>\\\"", "{\\\"requestId\\\": \\\"ab-12\\\"}", "{\\\"requestId\\\": \\\"<request-id>\\\"}")]
    public void BehavesLikeReSub(string pattern, string replacement, string input, string expected) =>
        Assert.Equal(expected, PyRegex.Compile(pattern).Replace(input, PyRegex.TranslateReplacement(replacement)));

    [Fact]
    public void DashAfterRangeIsLiteral()
    {
        var regex = PyRegex.Compile("^[a-zA-Z0-9-_.]+$");
        Assert.Matches(regex, "a-b_c.d");
        Assert.DoesNotMatch(regex, "a/b");
    }
}
