using Cairn.Json;
using Cairn.Jsonata.Values;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class ArrayFunctionsTests
{
    [Fact]
    public void Append()
    {
        AssertJson("[1,2]", Call("append", N(1), N(2)));
        AssertJson("[1]", Call("append", J("[1]"), J("[]")));
        AssertJson("[1,2,3]", Call("append", J("[1]"), J("[2,3]")));
        AssertJson("2", Call("append", null, N(2)));
        AssertJson("1", Call("append", N(1), null));
        Assert.IsNotType<Sequence>(Call("append", J("[1]"), J("[]")));
    }

    [Fact]
    public void Sort_numbers_and_strings()
    {
        AssertJson("[1,2,3,10]", Call("sort", J("[10,3,1,2]")));
        AssertJson("[\"B\",\"a\",\"b\"]", Call("sort", J("[\"b\",\"a\",\"B\"]")));
        AssertJson("[1]", Call("sort", J("[1]")));
        Assert.Null(Call("sort", [null]));
        AssertError("D3070", () => Call("sort", J("[1,\"a\"]")));
    }

    [Fact]
    public void Sort_with_comparator_is_stable()
    {
        var byKey = Lambda("<oo:b>", a => JBool.From(((JNumber)((JObject)a[0]!)["k"]!).DoubleValue > ((JNumber)((JObject)a[1]!)["k"]!).DoubleValue));
        var input = J("""[{"k":2,"i":0},{"k":1,"i":1},{"k":2,"i":2},{"k":1,"i":3},{"k":0,"i":4}]""");
        AssertJson("""[{"k":0,"i":4},{"k":1,"i":1},{"k":1,"i":3},{"k":2,"i":0},{"k":2,"i":2}]""", Call("sort", input, byKey));
    }

    [Fact]
    public void Reverse_and_shuffle()
    {
        AssertJson("[3,2,1]", Call("reverse", J("[1,2,3]")));
        AssertJson("[1]", Call("reverse", J("[1]")));
        var shuffled = (JArray)Call("shuffle", J("[1,2,3,4,5,6,7,8]"))!;
        Assert.Equal(new double[] { 1, 2, 3, 4, 5, 6, 7, 8 }, shuffled.Select(v => ((JNumber)v).DoubleValue).Order());
    }

    [Fact]
    public void Distinct_uses_deep_equality()
    {
        AssertJson("""[1,[1],{"a":1,"b":2},"1"]""", Call("distinct", J("""[1,[1],1,{"a":1,"b":2},{"b":2,"a":1},"1"]""")));
        AssertJson("1", Call("distinct", N(1)));
        var f = Lambda("<x:x>", a => a[0]);
        Assert.Equal(2, ((JArray)Call("distinct", JArray.Create([f, f, Lambda("<x:x>", a => a[0])]))!).Count);
    }

    [Fact]
    public void Zip()
    {
        AssertJson("[[1,3]]", Call("zip", J("[1,2]"), J("[3]")));
        AssertJson("[[1,2,3]]", Call("zip", J("[1]"), J("[2]"), J("[3,4]")));
        AssertJson("[]", Call("zip", J("[1,2]"), null));
        AssertJson("[[1],[2]]", Call("zip", J("[1,2]")));
    }
}
