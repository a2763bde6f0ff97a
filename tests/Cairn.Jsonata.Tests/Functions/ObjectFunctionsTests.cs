using Cairn.Json;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class ObjectFunctionsTests
{
    [Fact]
    public void Keys()
    {
        AssertJson("[\"a\"]", Call("keys", J("{\"a\":1}")));
        AssertJson("[\"a\",\"b\"]", Call("keys", J("""[{"a":1},[{"a":2,"b":3}]]""")));
        AssertJson("[]", Call("keys", S("x")));
    }

    [Fact]
    public void Lookup()
    {
        AssertJson("[1,2,3]", Call("lookup", J("""[{"a":1},{"a":[2,3]},{"b":1}]"""), S("a")));
        Assert.Null(Call("lookup", J("{\"a\":1}"), S("b")));
        Assert.Null(Call("lookup", S("x"), S("a")));
    }

    [Fact]
    public void Spread_and_merge()
    {
        AssertJson("""[{"a":1},{"b":2}]""", Call("spread", J("""{"a":1,"b":2}""")));
        AssertJson("""[{"a":1},{"b":2},{"c":3}]""", Call("spread", J("""[{"a":1},{"b":2,"c":3}]""")));
        AssertJson("\"x\"", Call("spread", S("x")));
        AssertJson("""{"a":3,"b":2}""", Call("merge", J("""[{"a":1,"b":2},{"a":3}]""")));
        AssertJson("{}", Call("merge", J("[]")));
        Assert.Null(Call("merge", [null]));
    }

    [Fact]
    public void Sift_and_each_pass_value_key_object_by_arity()
    {
        var context = new FunctionTestContext();
        var keyIsA = Lambda("<xs:b>", a => JBool.From(((JString)a[1]!).Value == "a"));
        AssertJson("""{"a":1}""", context.Invoke("sift", J("""{"a":1,"b":2}"""), keyIsA));
        Assert.All(context.Calls, args => Assert.Equal(2, args.Length));
        Assert.Null(Call("sift", J("""{"a":1}"""), Lambda("<x:b>", _ => JBool.False)));

        var describe = Lambda("<xso:s>", a => S(((JString)a[1]!).Value + "=" + a[0]!.ToJson() + "/" + ((JObject)a[2]!).Count));
        AssertJson("[\"a=1/2\",\"b=2/2\"]", Call("each", J("""{"a":1,"b":2}"""), describe));
        AssertJson("[2]", Call("each", J("""{"a":1,"b":2}"""), Lambda("<x:x>", a => ((JNumber)a[0]!).DoubleValue > 1 ? a[0] : null)));
    }

    [Fact]
    public void Error_assert_type()
    {
        Assert.Equal("boom", AssertError("D3137", () => Call("error", S("boom"))).Message);
        Assert.Equal("$error() function evaluated", AssertError("D3137", () => Call("error")).Message);
        Assert.Equal("$assert() statement failed", AssertError("D3141", () => Call("assert", JBool.False)).Message);
        Assert.Equal("m", AssertError("D3141", () => Call("assert", JBool.False, S("m"))).Message);
        Assert.Null(Call("assert", JBool.True));
        AssertJson("\"null\"", Call("type", J("null")));
        AssertJson("\"array\"", Call("type", J("[]")));
        AssertJson("\"function\"", Call("type", Lambda("<x:x>", a => a[0])));
        AssertJson("\"function\"", Call("type", Cairn.Jsonata.Values.JsonataRegex.Create("a", "")));
        Assert.Null(Call("type", [null]));
    }
}
