using System.Text;
using Cairn.Asl;
using Cairn.Json;

namespace Cairn.Engine.Items;

/// <summary>
/// A reader's data given as text "as found in its original source" (TestState's
/// <c>mapItemReaderData</c>), read with the ReaderConfig as the ItemReader reads the object: a JSON
/// document (the array at its ItemsPointer), JSON Lines, or CSV text with its header row or given
/// headers and delimiter. Data of other readers (Parquet, manifests, S3 listings) is given as the
/// JSON array of their items.
/// </summary>
public static class ItemSourceText
{
    /// <summary>The items, and the value the ItemsPointer selected when there is one.</summary>
    /// <exception cref="StatesException">The text cannot be read as the ReaderConfig says (States.ItemReaderFailed).</exception>
    public static (JArray Items, JValue? AfterItemsPointer) Read(JObject readerConfig, string text)
    {
        var inputType = readerConfig["InputType"] is JString t ? t.Value : null;
        try
        {
            return inputType switch
            {
                "JSONL" => (Lines(text), null),
                "CSV" => (Csv(readerConfig, text), null),
                "JSON" when readerConfig["ItemsPointer"] is JString pointer => Pointed(text, pointer.Value),
                _ => (Array(Parse(text), "The Map's item reader data"), null),
            };
        }
        catch (FormatException e)
        {
            throw new StatesException(StatesErrors.ItemReaderFailed, e.Message);
        }
    }

    private static JValue Parse(string text) =>
        JValue.TryParse(text, out var value, out var error) ? value : throw new FormatException($"The item reader data is not valid JSON: {error}");

    private static JArray Array(JValue value, string what) =>
        value as JArray ?? throw new FormatException($"{what} must be a JSON array.");

    private static (JArray, JValue?) Pointed(string text, string pointer)
    {
        var value = Parse(text);
        if (pointer.Length > 0)
        {
            foreach (var raw in pointer[1..].Split('/'))
            {
                var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                value = value switch
                {
                    JObject o when o[token] is { } member => member,
                    JArray a when int.TryParse(token, out var i) && i >= 0 && i < a.Count => a[i],
                    _ => throw new FormatException($"The ItemsPointer '{pointer}' does not point at a value of the item reader data."),
                };
            }
        }

        return (Array(value, $"The value at the ItemsPointer '{pointer}'"), value);
    }

    private static JArray Lines(string text)
    {
        var items = new List<JValue>();
        var bytes = Encoding.UTF8.GetBytes(text);
        JsonItems.ReadLines(bytes, true, int.MaxValue, items, 0);
        return JArray.Adopt(items.ToArray());
    }

    private static JArray Csv(JObject config, string text)
    {
        var delimiter = CsvItems.Delimiter(config["CSVDelimiter"] is JString d ? d.Value : null);
        var rows = new List<string[]>();
        CsvItems.ReadRows(Encoding.UTF8.GetBytes(text), delimiter, true, int.MaxValue, rows);
        string[] headers;
        var first = 0;
        if (config["CSVHeaderLocation"] is JString { Value: "GIVEN" })
        {
            headers = (config["CSVHeaders"] as JArray ?? JArray.Empty).Select(h => h is JString s ? s.Value : h.ToJson()).ToArray();
        }
        else
        {
            headers = rows.Count > 0 ? rows[0] : [];
            first = 1;
        }

        if (headers.Distinct(StringComparer.Ordinal).Count() != headers.Length)
        {
            throw new FormatException("CSV headers cannot contain duplicates.");
        }

        var order = CsvItems.KeyOrder(headers);
        var items = new JValue[Math.Max(0, rows.Count - first)];
        for (var i = first; i < rows.Count; i++)
        {
            items[i - first] = CsvItems.Item(headers, order, rows[i]);
        }

        return JArray.Adopt(items);
    }
}
