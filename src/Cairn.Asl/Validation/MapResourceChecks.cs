using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>The shapes of a Distributed Map's ItemReader, ItemBatcher and ResultWriter objects.</summary>
internal static class MapResourceChecks
{
    public static void ValidateItemReader(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        if (!TryGetObject(ctx, state, "ItemReader", location, out var reader, out var at))
        {
            return;
        }

        var jsonPath = language == QueryLanguage.JSONPath;
        ctx.RejectUnknownFields(reader, at, f => f is "Resource" or "ReaderConfig" || f == (jsonPath ? "Parameters" : "Arguments"));
        if (ctx.RequireFields(reader, at, "Resource"))
        {
            FieldChecks.String(ctx, reader, "Resource", at);
        }

        FieldChecks.Object(ctx, reader, "ReaderConfig", at);
        ReaderConfigChecks.Validate(ctx, reader, at, language);
        CheckPayload(ctx, reader, at, jsonPath);
    }

    public static void ValidateItemBatcher(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        if (!TryGetObject(ctx, state, "ItemBatcher", location, out var batcher, out var at))
        {
            return;
        }

        var jsonPath = language == QueryLanguage.JSONPath;
        ctx.RejectUnknownFields(batcher, at, f =>
            f is "MaxItemsPerBatch" or "MaxInputBytesPerBatch" or "BatchInput"
            || (jsonPath && f is "MaxItemsPerBatchPath" or "MaxInputBytesPerBatchPath"));
        FieldChecks.Integer(ctx, batcher, "MaxItemsPerBatch", at, 0, int.MaxValue, !jsonPath);
        FieldChecks.Integer(ctx, batcher, "MaxInputBytesPerBatch", at, 0, ServiceLimits.MaxPayloadBytes, !jsonPath);
        FieldChecks.Path(ctx, batcher, "MaxItemsPerBatchPath", at);
        FieldChecks.Path(ctx, batcher, "MaxInputBytesPerBatchPath", at);
        ctx.AtMostOne(batcher, at, "MaxItemsPerBatch", "MaxItemsPerBatchPath");
        ctx.AtMostOne(batcher, at, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
        if (jsonPath)
        {
            PayloadTemplateChecks.JsonPathTemplate(ctx, batcher, "BatchInput", at);
        }
        else
        {
            PayloadTemplateChecks.JsonataTemplate(ctx, batcher, "BatchInput", at);
        }
    }

    public static void ValidateResultWriter(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        if (!TryGetObject(ctx, state, "ResultWriter", location, out var writer, out var at))
        {
            return;
        }

        var jsonPath = language == QueryLanguage.JSONPath;
        ctx.RejectUnknownFields(writer, at, f => f is "Resource" or "WriterConfig" || f == (jsonPath ? "Parameters" : "Arguments"));
        FieldChecks.String(ctx, writer, "Resource", at);
        FieldChecks.Object(ctx, writer, "WriterConfig", at);
        CheckPayload(ctx, writer, at, jsonPath);
    }

    private static void CheckPayload(ValidationContext ctx, JObject obj, string at, bool jsonPath)
    {
        if (jsonPath)
        {
            PayloadTemplateChecks.JsonPathTemplate(ctx, obj, "Parameters", at);
        }
        else
        {
            PayloadTemplateChecks.JsonataTemplate(ctx, obj, "Arguments", at);
        }
    }

    private static bool TryGetObject(ValidationContext ctx, JObject state, string field, string location, out JObject obj, out string at)
    {
        at = JsonPointer.Child(location, field);
        obj = JObject.Empty;
        if (!state.TryGetValue(field, out var value))
        {
            return false;
        }

        if (value is not JObject o)
        {
            ctx.Error(at, ValidationMessages.ExpectedObject);
            return false;
        }

        obj = o;
        return true;
    }
}
