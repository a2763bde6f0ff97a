using System.Text;
using Cairn.Engine.Items;

namespace Cairn.Engine.Tests.Items;

public sealed class CsvItemsTests
{
    [Theory]
    [InlineData("COMMA", ',')]
    [InlineData("PIPE", '|')]
    [InlineData("SEMICOLON", ';')]
    [InlineData("SPACE", ' ')]
    [InlineData("TAB", '\t')]
    public void EveryDelimiterSplitsFieldsAndKeepsQuotedOnesWhole(string name, char delimiter)
    {
        var d = delimiter.ToString();
        var text = $"a{d}b{d}c\n\"x{d}y\"{d}\"say \"\"hi\"\"\"{d}\"two\nlines\"\r\n{d}{d}\n";
        var rows = new List<string[]>();
        var consumed = CsvItems.ReadRows(Encoding.UTF8.GetBytes(text), CsvItems.Delimiter(name), final: true, 100, rows);

        Assert.Equal(Encoding.UTF8.GetByteCount(text), consumed);
        Assert.Equal(["a", "b", "c"], rows[0]);
        Assert.Equal([$"x{d}y", "say \"hi\"", "two\nlines"], rows[1]);
        Assert.Equal(["", "", ""], rows[2]);
    }

    [Fact]
    public void AnUnknownDelimiterIsRefused() =>
        Assert.Throws<FormatException>(() => CsvItems.Delimiter("COLON"));

    [Fact]
    public void RowsSplitAtAnyByteAreReadTheSameAsWhole()
    {
        var random = new Random(7);
        var text = new StringBuilder();
        for (var r = 0; r < 40; r++)
        {
            var fields = Enumerable.Range(0, 3).Select(_ => random.Next(4) switch
            {
                0 => "plain" + random.Next(100),
                1 => "\"quoted, with \"\"quotes\"\" and\nnewline\"",
                2 => string.Empty,
                _ => "ünïcødé",
            });
            text.Append(string.Join(',', fields)).Append(random.Next(2) == 0 ? "\n" : "\r\n");
        }

        var data = Encoding.UTF8.GetBytes(text.ToString());
        var whole = new List<string[]>();
        CsvItems.ReadRows(data, (byte)',', final: true, int.MaxValue, whole);
        Assert.Equal(40, whole.Count);

        for (var split = 1; split < data.Length; split += 7)
        {
            var rows = new List<string[]>();
            var consumed = CsvItems.ReadRows(data.AsSpan(0, split), (byte)',', final: false, int.MaxValue, rows);
            CsvItems.ReadRows(data.AsSpan(consumed), (byte)',', final: true, int.MaxValue, rows);
            Assert.Equal(whole.Select(r => string.Join('|', r)), rows.Select(r => string.Join('|', r)));
        }
    }

    [Fact]
    public void AnUnclosedQuoteAtTheEndIsAnError() =>
        Assert.Throws<FormatException>(() => CsvItems.ReadRows("a,\"b\n"u8.ToArray(), (byte)',', final: true, 10, new List<string[]>()));

    [Fact]
    public void ShortRowsGetEmptyValuesAndLongRowsLoseTheirExtraFields()
    {
        string[] headers = ["a", "b"];
        var order = CsvItems.KeyOrder(headers);
        Assert.Equal("""{"a":"1","b":""}""", CsvItems.Item(headers, order, ["1"]).ToJson());
        Assert.Equal("""{"a":"1","b":"2"}""", CsvItems.Item(headers, order, ["1", "2", "3"]).ToJson());
    }

    [Theory]
    [InlineData(new[] { "H1", "" }, new[] { "", "H1" })]
    [InlineData(new[] { "0", "True", "{}" }, new[] { "0", "{}", "True" })]
    [InlineData(new[] { "Col3", "Col1", "Col2" }, new[] { "Col1", "Col2", "Col3" })]
    public void KeysComeInTheOrderAwsGivesThem(string[] headers, string[] expected)
    {
        var order = CsvItems.KeyOrder(headers);
        Assert.Equal(expected, order.Select(i => headers[i]));
    }
}
