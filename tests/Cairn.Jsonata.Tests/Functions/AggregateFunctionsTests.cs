using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class AggregateFunctionsTests
{
    [Fact]
    public void Sum_max_min_average_count()
    {
        AssertJson("6", Call("sum", J("[1,2,3]")));
        AssertJson("0", Call("sum", J("[]")));
        AssertJson("5", Call("sum", N(5)));
        AssertJson("3", Call("max", J("[3,1,2]")));
        AssertJson("1", Call("min", J("[3,1,2]")));
        AssertJson("2.3333333333333335", Call("average", J("[1,2,4]")));
        AssertJson("2", Call("count", J("[1,[2,3]]")));
        AssertJson("1", Call("count", J("[[]]")));
    }

    [Fact]
    public void Empty_and_undefined()
    {
        Assert.Null(Call("sum", [null]));
        Assert.Null(Call("max", J("[]")));
        Assert.Null(Call("min", [null]));
        Assert.Null(Call("average", J("[]")));
        AssertJson("0", Call("count", [null]));
    }

    [Fact]
    public void Overflow_is_an_error() => AssertError("D1001", () => Call("sum", J("[1e308,1e308]")));
}
