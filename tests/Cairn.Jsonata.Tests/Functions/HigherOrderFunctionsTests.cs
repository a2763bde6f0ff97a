using Cairn.Json;
using Cairn.Jsonata.Functions;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class HigherOrderFunctionsTests
{
    private static JsonataException Error(string code, Action action) => AssertError(code, action);

    [Fact]
    public void Map_passes_index_and_array_only_when_declared()
    {
        var context = new FunctionTestContext();
        AssertJson("[2,4]", context.Invoke("map", J("[1,2]"), Lambda("<n:n>", a => N(((JNumber)a[0]!).DoubleValue * 2))));
        Assert.All(context.Calls, args => Assert.Single(args));
        AssertJson("[[1,0,2],[2,1,2]]", Call("map", J("[1,2]"), Lambda("<nna:a>", a => JArray.Create([a[0]!, a[1]!, N(((JArray)a[2]!).Count)]))));
        AssertJson("[\"1\",\"2\"]", Call("map", J("[1,2]"), FunctionTable.Standard.Functions["string"]));
        Assert.Null(Call("map", null, Lambda("<n:n>", a => a[0])));
    }

    [Fact]
    public void Map_drops_undefined_results()
    {
        AssertJson("[2]", Call("map", J("[1,2]"), Lambda("<n:n>", a => ((JNumber)a[0]!).DoubleValue > 1 ? a[0] : null)));
    }

    [Fact]
    public void Filter()
    {
        AssertJson("[2,3]", Call("filter", J("[1,2,3]"), Lambda("<nn:b>", a => JBool.From(((JNumber)a[1]!).DoubleValue > 0))));
        AssertJson("[]", Call("filter", J("[1,2,3]"), Lambda("<n:b>", _ => JBool.False)));
    }

    [Fact]
    public void Single()
    {
        AssertJson("2", Call("single", J("[1,2,3]"), Lambda("<n:b>", a => JBool.From(((JNumber)a[0]!).DoubleValue == 2))));
        AssertJson("2", Call("single", J("[2]")));
        Error("D3138", () => Call("single", J("[1,2]")));
        Error("D3139", () => Call("single", J("[1,2]"), Lambda("<n:b>", _ => JBool.False)));
    }

    [Fact]
    public void Reduce()
    {
        var add = Lambda("<nn:n>", a => N(((JNumber)a[0]!).DoubleValue + ((JNumber)a[1]!).DoubleValue));
        AssertJson("6", Call("reduce", J("[1,2,3]"), add));
        AssertJson("16", Call("reduce", J("[1,2,3]"), add, N(10)));
        AssertJson("1", Call("reduce", J("[1]"), add));
        Assert.Null(Call("reduce", J("[]"), add));
        var withIndex = Lambda("<xnna:x>", a => JArray.Create([a[0]!, a[1]!, a[2]!, N(((JArray)a[3]!).Count)]));
        AssertJson("[[1,2,1,3],3,2,3]", Call("reduce", J("[1,2,3]"), withIndex));
        Error("D3050", () => Call("reduce", J("[1]"), Lambda("<n:n>", a => a[0])));
    }
}
