using Cairn.Json;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class BooleanFunctionsTests
{
    [Theory]
    [InlineData("[[]]", false)]
    [InlineData("[0, false]", false)]
    [InlineData("[0, 1]", true)]
    [InlineData("{}", false)]
    [InlineData("{\"a\":0}", true)]
    [InlineData("\"\"", false)]
    [InlineData("\"0\"", true)]
    [InlineData("null", false)]
    public void Boolean_and_not(string json, bool expected)
    {
        Assert.Equal(expected, ((JBool)Call("boolean", J(json))!).Value);
        Assert.Equal(!expected, ((JBool)Call("not", J(json))!).Value);
    }

    [Fact]
    public void Undefined()
    {
        Assert.Null(Call("boolean", [null]));
        Assert.Null(Call("not", [null]));
        AssertJson("false", Call("exists", [null]));
        AssertJson("true", Call("exists", J("null")));
        AssertJson("false", Call("boolean", Lambda("<x:x>", a => a[0])));
    }
}
