using System.Text;
using Cairn.Engine.Items;
using Cairn.Json;

namespace Cairn.Engine.Tests.Items;

public sealed class JsonItemsTests
{
    [Theory]
    [InlineData("""[1, {"a": [2]}, "x"]""", null, """[1,{"a":[2]},"x"]""")]
    [InlineData("""{"meta": {"n": 2}, "data": {"rows": [{"id": 1}, {"id": 2}]}}""", "/data/rows", """[{"id":1},{"id":2}]""")]
    [InlineData("""{"skip": [[0], {"rows": 1}], "list": [true, null]}""", "/list", "[true,null]")]
    [InlineData("""[[9], [8, 7]]""", "/1", "[8,7]")]
    [InlineData("""{"a~b": {"c/d": [5]}}""", "/a~0b/c~1d", "[5]")]
    public void TheArrayThePointerNamesIsReadAtAnySplit(string document, string? pointer, string expected)
    {
        var data = Encoding.UTF8.GetBytes(document);
        for (var split = 1; split <= data.Length; split++)
        {
            var items = new List<JValue>();
            var start = JsonItems.FindArray(data.AsSpan(0, split), split == data.Length, pointer);
            if (start < 0)
            {
                start = JsonItems.FindArray(data, true, pointer);
                split = data.Length;
            }

            var at = (int)start;
            var ended = false;
            var end = split;
            while (!ended)
            {
                var consumed = JsonItems.ReadElements(data.AsSpan(at, end - at), end == data.Length, 1000, items, out ended);
                at += consumed;
                end = data.Length;
            }

            Assert.Equal(expected, JArray.Create(items).ToJson());
        }
    }

    [Theory]
    [InlineData("""{"Hello": "world"}""", null)]
    [InlineData("""{"data": {"n": 1}}""", "/data")]
    [InlineData("""{"data": []}""", "/missing")]
    [InlineData("""[1, 2""", null)]
    public void WhatIsNotAnArrayIsAnError(string document, string? pointer) =>
        Assert.Throws<FormatException>(() =>
        {
            var data = Encoding.UTF8.GetBytes(document);
            var start = JsonItems.FindArray(data, true, pointer);
            JsonItems.ReadElements(data.AsSpan((int)start), true, 100, new List<JValue>(), out _);
        });

    [Fact]
    public void JsonLinesAreReadLineByLineAndABadLineSaysWhichItIs()
    {
        var items = new List<JValue>();
        var data = "{\"a\":1}\n\n[2]\r\n\"three\"\n{\"cut\":"u8.ToArray();
        var consumed = JsonItems.ReadLines(data, final: false, 100, items, 0);
        Assert.Equal("""[{"a":1},[2],"three"]""", JArray.Create(items).ToJson());
        Assert.Equal(data.Length - "{\"cut\":".Length, consumed);
        var error = Assert.Throws<FormatException>(() => JsonItems.ReadLines(data.AsSpan(consumed), final: true, 100, items, 4));
        Assert.Contains("Line 5", error.Message);
    }
}
