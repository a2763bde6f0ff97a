using Cairn.Json;
using Cairn.Jsonata.Values;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class PatternFunctionsTests
{
    private static JsonataRegex R(string pattern, string flags = "") => JsonataRegex.Create(pattern, flags);

    [Fact]
    public void Contains_with_string_and_regex()
    {
        AssertJson("true", Call("contains", S("abc"), S("bc")));
        AssertJson("true", Call("contains", S("abc"), S("")));
        AssertJson("false", Call("contains", S("abc"), S("x")));
        AssertJson("true", Call("contains", S("ababbxabbcc"), R("ab+")));
        AssertJson("false", Call("contains", S("ababbxabbcc"), R("ax+")));
        AssertJson("true", Call("contains", S("abc"), R("x*")));
    }

    [Fact]
    public void Split_with_string_separator_and_limit()
    {
        AssertJson("[\"a\",\"b\",\"c\"]", Call("split", S("a,b,c"), S(",")));
        AssertJson("[\"a\",\"b\"]", Call("split", S("a,b,c"), S(","), N(2.7)));
        AssertJson("[]", Call("split", S("a,b,c"), S(","), N(0)));
        AssertJson("[\"\"]", Call("split", S(""), S(",")));
        AssertJson("[]", Call("split", S(""), S("")));
        AssertJson("[\"a\",\"b\",\"c\"]", Call("split", S("abc"), S("")));
        AssertError("D3020", () => Call("split", S("a,b"), S(","), N(-1)));
    }

    [Fact]
    public void Split_with_regex_leaves_groups_out()
    {
        AssertJson("[\"a\",\"a\",\"xa\",\"cc\"]", Call("split", S("ababbxabbcc"), R("b+")));
        AssertJson("[\"a\",\"a\"]", Call("split", S("ababbxabbcc"), R("b+"), N(2)));
        AssertJson("[\"a\",\"b\",\"c\"]", Call("split", S("a1b2c"), R("(\\d)")));
        AssertError("D1004", () => Call("split", S("abc"), R("x*")));
    }

    [Fact]
    public void Match_returns_match_index_groups()
    {
        AssertJson("""[{"match":"b","index":1,"groups":[]}]""", Call("match", S("ab"), R("b")));
        AssertJson(
            """[{"match":"ab","index":0,"groups":["ab",null]},{"match":"a","index":2,"groups":[null,"a"]}]""",
            Call("match", S("abac"), R("(ab)|(a)"), N(2)));
        AssertJson("[]", Call("match", S("abcd"), R("b"), N(0)));
        AssertJson("""[{"match":"b","index":2,"groups":[]}]""", Call("match", S("a\nb"), R("^b$", "m")));
        AssertJson("""[{"match":"X","index":1,"groups":[]}]""", Call("match", S("aXb"), R("x", "i")));
        AssertError("D3040", () => Call("match", S("abab"), R("b"), N(-1)));
        AssertError("D1004", () => Call("match", S("aab"), R("a*")));
        AssertError("D1004", () => Call("match", S("abc"), R("x*"), N(1)));
    }

    [Fact]
    public void Match_follows_a_custom_matcher()
    {
        // A matcher that finds "a" at 0 and 3 by hand, chaining next().
        JsonataFunction? second = null;
        second = Lambda("<:o>", _ => JObject.Create(("match", S("a")), ("start", N(3)), ("end", N(4)), ("groups", JArray.Empty)));
        var matcher = Lambda("<s:o>", _ => JObject.Create(
            ("match", S("a")), ("start", N(0)), ("end", N(1)), ("groups", JArray.Empty), ("next", second)));
        AssertJson("""[{"match":"a","index":0,"groups":[]},{"match":"a","index":3,"groups":[]}]""", Call("match", S("abcab"), matcher));
        AssertJson("[\"\",\"bc\",\"b\"]", Call("split", S("abcab"), matcher));
        AssertError("T1010", () => Call("split", S("some text"), Lambda("<s:s>", a => S("X"))));
    }

    [Theory]
    [InlineData("ababbxabbcc", "b+", "yy", null, "ayyayyxayycc")]
    [InlineData("ababbxabbcc", "b+", "yy", 2d, "ayyayyxabbcc")]
    [InlineData("ababbxabbcc", "b+", "yy", 0d, "ababbxabbcc")]
    [InlineData("John Smith", "(\\w+)\\s(\\w+)", "$2, $1", null, "Smith, John")]
    [InlineData("265USD", "([0-9]+)USD", "$$$1", null, "$265")]
    [InlineData("265USD", "([0-9]+)USD", "$w", null, "$w")]
    [InlineData("265USD", "([0-9]+)USD", "$0 -> $$$1", null, "265USD -> $265")]
    [InlineData("265USD", "([0-9]+)USD", "$0$1$2", null, "265USD265")]
    [InlineData("abcd", "(ab)|(a)", "[1=$1][2=$2]", null, "[1=ab][2=]cd")]
    [InlineData("abracadabra", "a.*?a", "*", null, "*c*bra")]
    [InlineData("abcdefghijklmno", "ijk", "$8$5$12$12$18$123", null, "abcdefgh22823lmno")]
    [InlineData("abcdefghijklmno", "(ijk)", "$8$5$12$12$18$123", null, "abcdefghijk2ijk2ijk8ijk23lmno")]
    [InlineData("abcdefghijklmno", "(i)(j)(k)(l)(m)(n)(o)(.)?(.)?(.)?(.)?(.)?", "[$13|$20|$99|$7|$07|$010|$12]", null, "abcdefgh[i3|j0|9|o|ijklmno7|ijklmno10|]")]
    [InlineData("abcdefghijklmno", "(ijk)", "$x$", null, "abcdefgh$x$lmno")]
    public void Replace_with_regex_and_template(string s, string pattern, string replacement, double? limit, string expected)
    {
        var result = limit is { } l
            ? Call("replace", S(s), R(pattern), S(replacement), N(l))
            : Call("replace", S(s), R(pattern), S(replacement));
        AssertJson(JsonWriter.QuoteString(expected), result);
    }

    [Fact]
    public void Replace_with_string_pattern_is_literal()
    {
        AssertJson("\"a$0$1$$c\"", Call("replace", S("abc"), S("b"), S("$0$1$$")));
        AssertJson("\"axcxd\"", Call("replace", S("abcbd"), S("b"), S("x"), N(1.9)));
        AssertJson("\"axcbd\"", Call("replace", S("abcbd"), S("b"), S("x"), N(1)));
        AssertError("D3010", () => Call("replace", S("hello"), S(""), S("x")));
        AssertError("D3011", () => Call("replace", S("hello"), S("l"), S("x"), N(-2)));
    }

    [Fact]
    public void Replace_with_function_gets_the_matchers_match_object()
    {
        var upper = Lambda("<o:s>", a =>
        {
            var m = (JObject)a[0]!;
            Assert.Null(m["index"]);
            Assert.IsAssignableFrom<JsonataFunction>(m["next"]);
            return S(((JString)m["match"]!).Value.ToUpperInvariant() + m["start"]!.ToJson() + m["end"]!.ToJson());
        });
        AssertJson("\"aB12aB34\"", Call("replace", S("abab"), R("b"), upper));
        AssertError("D3012", () => Call("replace", S("abab"), R("b"), Lambda("<o:n>", _ => N(42))));
        AssertError("D1004", () => Call("replace", S("abracadabra"), R(".*?"), S("$1")));
    }

    [Fact]
    public void Regex_value_is_a_function_returning_match_objects()
    {
        var context = new FunctionTestContext();
        var regex = R("b+");
        var first = (JObject)regex.Invoke(context, [S("abbcbd")], null)!;
        Assert.Equal("bb", ((JString)first["match"]!).Value);
        AssertJson("1", first["start"]);
        AssertJson("3", first["end"]);
        var second = (JObject)context.Apply(first["next"], [])!;
        AssertJson("4", second["start"]);
        Assert.Null(context.Apply(second["next"], []));
        Assert.Null(regex.Invoke(context, [N(5)], null));
        Assert.Null(regex.Invoke(context, [S("xyz")], null));
    }
}
