using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Parsing;

/// <summary>A Distributed Map's ItemReader, ItemBatcher and ResultWriter.</summary>
public static partial class DefinitionParser
{
    private static ItemReader? ParseItemReader(JObject map, string location, QueryLanguage language)
    {
        if (!map.TryGetValue("ItemReader", out var value) || value is not JObject reader)
        {
            return null;
        }

        var at = location + "/ItemReader";
        var config = reader.TryGetValue("ReaderConfig", out var c) && c is JObject co ? co : JObject.Empty;
        var jsonata = language == QueryLanguage.JSONata;
        return new ItemReader(
            RequireString(reader, "Resource", at),
            jsonata ? null : OptionalTemplate(reader, "Parameters", at),
            jsonata ? OptionalJsonataTemplate(reader, "Arguments", at, "ItemReader.Arguments") : null,
            config,
            ParseSource(config, "MaxItems", at + "/ReaderConfig", language));
    }

    private static ItemBatcher? ParseItemBatcher(JObject map, string location, QueryLanguage language)
    {
        if (!map.TryGetValue("ItemBatcher", out var value) || value is not JObject batcher)
        {
            return null;
        }

        var at = location + "/ItemBatcher";
        var jsonata = language == QueryLanguage.JSONata;
        return new ItemBatcher(
            ParseSource(batcher, "MaxItemsPerBatch", at, language),
            ParseSource(batcher, "MaxInputBytesPerBatch", at, language),
            jsonata ? null : OptionalTemplate(batcher, "BatchInput", at),
            jsonata ? OptionalJsonataTemplate(batcher, "BatchInput", at, "ItemBatcher.BatchInput") : null);
    }

    private static ResultWriter? ParseResultWriter(JObject map, string location, QueryLanguage language)
    {
        if (!map.TryGetValue("ResultWriter", out var value) || value is not JObject writer)
        {
            return null;
        }

        var at = location + "/ResultWriter";
        var config = writer.TryGetValue("WriterConfig", out var c) && c is JObject co ? co : JObject.Empty;
        var jsonata = language == QueryLanguage.JSONata;
        return new ResultWriter(
            OptionalString(writer, "Resource"),
            jsonata ? null : OptionalTemplate(writer, "Parameters", at),
            jsonata ? OptionalJsonataTemplate(writer, "Arguments", at, "ResultWriter.Arguments") : null,
            OptionalString(config, "Transformation") ?? "NONE",
            OptionalString(config, "OutputType") ?? "JSON");
    }
}
