using Cairn.Asl;
using Cairn.Engine.Items;
using Cairn.Json;

namespace Cairn.Engine.Tests.Items;

public sealed class ItemSourceTextTests
{
    private static JObject Config(string json) => (JObject)JValue.Parse(json);

    [Fact]
    public void CsvTextIsReadWithItsHeadersAndDelimiter()
    {
        var (items, pointed) = ItemSourceText.Read(Config("""{"InputType":"CSV","CSVDelimiter":"PIPE"}"""), "id|name\n1|a\n2|\"b|c\"\n");
        Assert.Equal("""[{"name":"a","id":"1"},{"name":"b|c","id":"2"}]""", items.ToJson());
        Assert.Null(pointed);

        var (given, _) = ItemSourceText.Read(Config("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["x"]}"""), "1\n2\n");
        Assert.Equal("""[{"x":"1"},{"x":"2"}]""", given.ToJson());
    }

    [Fact]
    public void JsonAtAnItemsPointerAndJsonLines()
    {
        var (items, pointed) = ItemSourceText.Read(Config("""{"InputType":"JSON","ItemsPointer":"/a~1b/rows"}"""), """{"a/b":{"rows":[1,2]}}""");
        Assert.Equal("[1,2]", items.ToJson());
        Assert.Equal("[1,2]", pointed!.ToJson());
        Assert.Equal("""[{"n":1},{"n":2}]""", ItemSourceText.Read(Config("""{"InputType":"JSONL"}"""), "{\"n\":1}\n\n{\"n\":2}").Items.ToJson());
    }

    [Theory]
    [InlineData("""{"InputType":"JSON","ItemsPointer":"/missing"}""", """{"a":[]}""", "does not point at a value")]
    [InlineData("""{"InputType":"JSON"}""", """{"a":[]}""", "must be a JSON array")]
    [InlineData("""{"InputType":"JSONL"}""", "{\"ok\":1}\n{broken", "Line 2 is not valid JSON")]
    [InlineData("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["a","a"]}""", "1,2", "duplicates")]
    public void UnreadableDataIsAnItemReaderFailure(string config, string text, string cause)
    {
        var e = Assert.Throws<StatesException>(() => ItemSourceText.Read(Config(config), text));
        Assert.Equal(StatesErrors.ItemReaderFailed, e.Error);
        Assert.Contains(cause, e.Cause, StringComparison.Ordinal);
    }
}
