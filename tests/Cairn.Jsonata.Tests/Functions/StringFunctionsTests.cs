using Cairn.Json;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class StringFunctionsTests
{
    [Fact]
    public void String_casts_and_leaves_undefined()
    {
        AssertJson("\"0.3\"", Call("string", N(0.1 + 0.2)));
        AssertJson("\"[1,\\\"a\\\"]\"", Call("string", J("[1,\"a\"]")));
        AssertJson("\"{\\n  \\\"a\\\": 1\\n}\"", Call("string", J("{\"a\":1}"), JBool.True));
        Assert.Null(Call("string", [null]));
    }

    [Fact]
    public void Length_counts_code_points() =>
        AssertJson("3", Call("length", S("a\U0001F600b")));

    [Theory]
    [InlineData("hello", 1d, null, "ello")]
    [InlineData("hello", 1.5, 2.5, "ell")]
    [InlineData("hello", -2.5, null, "lo")]
    [InlineData("hello", -10d, 2d, "he")]
    [InlineData("hello", 1d, -1d, "")]
    [InlineData("hello", 10d, null, "")]
    [InlineData("a\U0001F600bc", 1d, 2d, "\U0001F600b")]
    public void Substring_slices_by_code_point(string s, double start, double? length, string expected)
    {
        var result = length is { } l ? Call("substring", S(s), N(start), N(l)) : Call("substring", S(s), N(start));
        AssertJson(JsonWriter.QuoteString(expected), result);
    }

    [Fact]
    public void Substring_before_and_after()
    {
        AssertJson("\"ab\"", Call("substringBefore", S("abcbd"), S("c")));
        AssertJson("\"abc\"", Call("substringBefore", S("abc"), S("x")));
        AssertJson("\"\"", Call("substringBefore", S("abc"), S("")));
        AssertJson("\"cbd\"", Call("substringAfter", S("abcbd"), S("b")));
        AssertJson("\"abc\"", Call("substringAfter", S("abc"), S("x")));
        AssertJson("\"abc\"", Call("substringAfter", S("abc"), S("")));
        Assert.Null(Call("substringAfter", null, S("x")));
    }

    [Fact]
    public void Case_and_trim()
    {
        AssertJson("\"ÀB\"", Call("uppercase", S("àb")));
        AssertJson("\"àb\"", Call("lowercase", S("ÀB")));
        AssertJson("\"a b\"", Call("trim", S("  a \t\n b  ")));
        AssertJson("\"\"", Call("trim", S(" \n ")));
    }

    [Theory]
    [InlineData("straße", "STRASSE")]
    [InlineData("ﬁx ŉ", "FIX ʼN")]
    [InlineData("ıſ", "IS")]
    [InlineData("\U00010428", "\U00010400")]
    public void Uppercase_uses_full_case_mapping(string input, string expected) =>
        AssertJson(JsonWriter.QuoteString(expected), Call("uppercase", S(input)));

    [Theory]
    [InlineData("ΟΔΟΣ ΣΑ", "οδος σα")]
    [InlineData("Σ", "σ")]
    [InlineData("AΣ.", "aς.")]
    [InlineData("İ", "i\u0307")]
    public void Lowercase_knows_final_sigma_and_dotted_capital_i(string input, string expected) =>
        AssertJson(JsonWriter.QuoteString(expected), Call("lowercase", S(input)));

    [Theory]
    [InlineData("abc", 7d, "xy", "abcxyxy")]
    [InlineData("abc", -7d, "xy", "xyxyabc")]
    [InlineData("abc", 7d, "", "abc    ")]
    [InlineData("abc", 2d, null, "abc")]
    [InlineData("abc", 5.5, null, "abc  ")]
    [InlineData("abc", -5.5, null, "  abc")]
    [InlineData("\U0001F600", 3d, "\U0001F601", "\U0001F600\U0001F601\U0001F601")]
    public void Pad_to_width(string s, double width, string? padding, string expected)
    {
        var result = padding is null ? Call("pad", S(s), N(width)) : Call("pad", S(s), N(width), S(padding));
        AssertJson(JsonWriter.QuoteString(expected), result);
    }

    [Fact]
    public void Join_with_and_without_separator()
    {
        AssertJson("\"a,b\"", Call("join", J("[\"a\",\"b\"]"), S(",")));
        AssertJson("\"ab\"", Call("join", J("[\"a\",\"b\"]")));
        AssertJson("\"\"", Call("join", J("[]"), S(",")));
        Assert.Null(Call("join", null, S(",")));
    }

    [Fact]
    public void Base64_uses_one_byte_per_character()
    {
        AssertJson("\"SGVsbG8gV29ybGQ=\"", Call("base64encode", S("Hello World")));
        AssertJson("\"6aw=\"", Call("base64encode", S("é€")));
        AssertJson("\"Hello World\"", Call("base64decode", S("SGVsbG8gV29ybGQ=")));
        AssertJson("\"Ã©\"", Call("base64decode", S("w6k")));
    }

    [Fact]
    public void Url_encoding()
    {
        AssertJson("\"a%20b%2F%C3%A9%3F\"", Call("encodeUrlComponent", S("a b/é?")));
        AssertJson("\"a%20b/%C3%A9?#%5B%5D\"", Call("encodeUrl", S("a b/é?#[]")));
        AssertJson("\"/ é\"", Call("decodeUrlComponent", S("%2F%20%C3%A9")));
        AssertJson("\"%2F é\"", Call("decodeUrl", S("%2F%20%C3%A9")));
        AssertJson("\"\U0001F600\"", Call("decodeUrlComponent", S("%F0%9F%98%80")));
        AssertJson("\"%F0%9F%98%80\"", Call("encodeUrlComponent", S("\U0001F600")));
    }

    [Fact]
    public void Unpaired_surrogates_cannot_be_url_encoded()
    {
        AssertError("D3140", () => Call("encodeUrlComponent", S("a\ud800")));
        AssertError("D3140", () => Call("encodeUrl", S("\udc00b")));
    }

    [Theory]
    [InlineData("decodeUrl", "%E0%A4%A")]
    [InlineData("decodeUrlComponent", "%C3")]
    [InlineData("decodeUrlComponent", "%ZZ")]
    [InlineData("decodeUrlComponent", "%C0%80")]
    public void Malformed_urls_are_D3140(string function, string input) =>
        AssertError("D3140", () => Call(function, S(input)));
}
