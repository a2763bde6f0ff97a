using Cairn.Conformance.Tests.Normalisation;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Unit;

public sealed class JsonPathTests
{
    private static readonly object? Doc = PyJson.Parse(
        "{\"events\": [{\"id\": 1, \"d\": {\"output\": {\"F\": \"x\"}}}, {\"id\": 2, \"d\": {\"output\": {\"F\": \"y\"}}}], \"F\": \"top\"}");

    [Theory]
    [InlineData("$..F", "[\"top\", \"x\", \"y\"]")]
    [InlineData("$.events[*].id", "[1, 2]")]
    [InlineData("$.events[1].d.output.F", "[\"y\"]")]
    [InlineData("$..events..output.F", "[\"x\", \"y\"]")]
    [InlineData("$..d.output", "[{\"F\": \"x\"}, {\"F\": \"y\"}]")]
    [InlineData("$..missing", "[]")]
    public void FindsInJsonpathNgOrder(string path, string expected) =>
        Assert.Equal(expected, PyJson.Dumps(JsonPath.Parse(path).Find(Doc).Select(m => m.Value).ToList()));

    [Fact]
    public void UpdatesInPlace()
    {
        var doc = PyValue.DeepClone(Doc);
        JsonPath.Parse("$..F").Update(doc, "z");
        Assert.Equal("[\"z\", \"z\", \"z\"]", PyJson.Dumps(JsonPath.Parse("$..F").Find(doc).Select(m => m.Value).ToList()));
    }
}
