using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Unit;

public sealed class PyJsonTests
{
    [Theory]
    [InlineData("{\"b\": 1, \"a\": [1.0, true, null, \"x\"]}", "{\"b\": 1, \"a\": [1.0, true, null, \"x\"]}")]
    [InlineData("{\"s\":\"\u00e9\\u00e9\\n\"}", "{\"s\": \"\\u00e9\\u00e9\\n\"}")]
    [InlineData("[1e16, 1.5e-7, 0.0001, 123.0, -0.0, 1E2]", "[1e+16, 1.5e-07, 0.0001, 123.0, -0.0, 100.0]")]
    [InlineData("{\"a\": 1, \"a\": 2}", "{\"a\": 2}")]
    public void RoundTripsLikePython(string input, string expected) =>
        Assert.Equal(expected, PyJson.Dumps(PyJson.Parse(input)));

    [Fact]
    public void KeepsIntAndFloatApart()
    {
        Assert.IsType<long>(PyJson.Parse("1"));
        Assert.IsType<double>(PyJson.Parse("1.0"));
        Assert.False(PyValue.StrictEquals(PyJson.Parse("1"), PyJson.Parse("1.0")));
        Assert.False(PyValue.StrictEquals(PyJson.Parse("true"), PyJson.Parse("1")));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"a\": 1} x")]
    [InlineData("{'a': 1}")]
    public void RejectsWhatPythonRejects(string input) => Assert.False(PyJson.TryParse(input, out _));

    [Fact]
    public void SortsKeysAndWritesDates()
    {
        var value = new OrderedDictionary<string, object?> { ["b"] = 1L, ["a"] = new DateTimeOffset(2024, 2, 7, 13, 52, 2, 123, TimeSpan.Zero) };
        Assert.Equal("{\"a\": \"2024-02-07 13:52:02.123000+00:00\", \"b\": 1}", PyJson.Dumps(value, sortKeys: true));
        Assert.Equal("{\"b\": 1, \"a\": \"2024-02-07T13:52:02.123000+00:00\"}", PyJson.Dumps(value, isoDates: true));
    }
}
