using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// A Distributed Map's <c>ItemReader.ReaderConfig</c>: its fields, their values, and the
/// combinations AWS allows (CSV options only for CSV data, <c>CSVHeaders</c> exactly when the
/// headers are GIVEN, <c>ItemsPointer</c> only for JSON, Athena manifests of CSV, JSONL or
/// Parquet objects, S3 inventories without another InputType, MaxItems within AWS's limit).
/// </summary>
internal static class ReaderConfigChecks
{
    /// <summary>AWS's upper bound for MaxItems.</summary>
    public const long MaxItems = 100_000_000;

    /// <summary>AWS's bound on an ItemsPointer's length.</summary>
    public const int MaxItemsPointerLength = 2000;

    public static readonly string[] InputTypes = ["CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"];

    public static readonly string[] HeaderLocations = ["FIRST_ROW", "GIVEN"];

    public static readonly string[] Delimiters = ["COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"];

    public static readonly string[] ManifestTypes = ["ATHENA_DATA", "S3_INVENTORY"];

    public static readonly string[] Transformations = ["NONE", "LOAD_AND_FLATTEN"];

    public static void Validate(ValidationContext ctx, JObject reader, string readerAt, QueryLanguage language)
    {
        if (!reader.TryGetValue("ReaderConfig", out var value) || value is not JObject config)
        {
            return;
        }

        var at = JsonPointer.Child(readerAt, "ReaderConfig");
        var jsonPath = language == QueryLanguage.JSONPath;
        ctx.RejectUnknownFields(config, at, f =>
            f is "InputType" or "CSVHeaderLocation" or "CSVHeaders" or "CSVDelimiter" or "MaxItems" or "ManifestType" or "ItemsPointer" or "Transformation"
            || (jsonPath && f == "MaxItemsPath"));
        FieldChecks.Enum(ctx, config, "InputType", at, InputTypes);
        FieldChecks.Enum(ctx, config, "CSVHeaderLocation", at, HeaderLocations);
        FieldChecks.Enum(ctx, config, "CSVDelimiter", at, Delimiters);
        FieldChecks.Enum(ctx, config, "ManifestType", at, ManifestTypes);
        FieldChecks.Enum(ctx, config, "Transformation", at, Transformations);
        FieldChecks.Integer(ctx, config, "MaxItems", at, 0, MaxItems, !jsonPath);
        FieldChecks.Path(ctx, config, "MaxItemsPath", at);
        ctx.AtMostOne(config, at, "MaxItems", "MaxItemsPath");

        var inputType = config["InputType"] is JString t ? t.Value : null;
        var manifestType = config["ManifestType"] is JString m ? m.Value : null;
        CheckCsvOptions(ctx, config, at, inputType, manifestType);
        CheckItemsPointer(ctx, config, at, inputType);
        if (manifestType == "ATHENA_DATA" && inputType is not ("CSV" or "JSONL" or "PARQUET"))
        {
            ctx.Error(JsonPointer.Child(at, "InputType"), inputType is null
                ? ValidationMessages.RequiredButMissing("InputType")
                : ValidationMessages.OneOfValues(["CSV", "JSONL", "PARQUET"]));
        }

        if (manifestType == "S3_INVENTORY" && inputType is not (null or "MANIFEST"))
        {
            ctx.Error(JsonPointer.Child(at, "InputType"), ValidationMessages.OneOfValues(["MANIFEST"]));
        }

        if (config["Transformation"] is JString { Value: "LOAD_AND_FLATTEN" } && inputType is null)
        {
            ctx.Error(at, ValidationMessages.Required(["InputType"]));
        }
    }

    /// <summary>CSVHeaderLocation, CSVHeaders and CSVDelimiter describe CSV data (a CSV object, an Athena manifest of them, an inventory).</summary>
    private static void CheckCsvOptions(ValidationContext ctx, JObject config, string at, string? inputType, string? manifestType)
    {
        var csv = inputType is null or "CSV" or "MANIFEST" || manifestType == "S3_INVENTORY";
        foreach (var field in (ReadOnlySpan<string>)["CSVHeaderLocation", "CSVHeaders", "CSVDelimiter"])
        {
            if (!csv && config.ContainsKey(field))
            {
                ctx.Error(JsonPointer.Child(at, field), ValidationMessages.NotSupportedFor(field, "InputType", inputType!));
            }
        }

        var given = config["CSVHeaderLocation"] is JString { Value: "GIVEN" };
        if (config.TryGetValue("CSVHeaders", out var headers))
        {
            var headersAt = JsonPointer.Child(at, "CSVHeaders");
            if (headers is not JArray list)
            {
                ctx.Error(headersAt, ValidationMessages.ExpectedArray);
            }
            else
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is not JString)
                    {
                        ctx.Error(JsonPointer.Child(headersAt, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ValidationMessages.ExpectedString);
                    }
                }

                if (list.Count == 0)
                {
                    ctx.Error(headersAt, ValidationMessages.CannotBeEmpty);
                }
            }

            if (csv && !given)
            {
                ctx.Error(headersAt, ValidationMessages.NotSupportedFor("CSVHeaders", "CSVHeaderLocation", config["CSVHeaderLocation"] is JString l ? l.Value : "FIRST_ROW"));
            }
        }
        else if (given)
        {
            ctx.Error(at, ValidationMessages.Required(["CSVHeaders"]));
        }
    }

    /// <summary>An ItemsPointer is a JSON Pointer (RFC 6901) into a JSON object, shorter than 2,000 characters.</summary>
    private static void CheckItemsPointer(ValidationContext ctx, JObject config, string at, string? inputType)
    {
        if (!config.TryGetValue("ItemsPointer", out var value))
        {
            return;
        }

        var pointerAt = JsonPointer.Child(at, "ItemsPointer");
        if (inputType != "JSON")
        {
            ctx.Error(pointerAt, ValidationMessages.NotSupportedFor("ItemsPointer", "InputType", inputType ?? "(none)"));
        }
        else if (value is not JString pointer)
        {
            ctx.Error(pointerAt, ValidationMessages.ExpectedString);
        }
        else if (pointer.Value.Length >= MaxItemsPointerLength)
        {
            ctx.Error(pointerAt, ValidationMessages.MaximumLength(MaxItemsPointerLength - 1));
        }
        else if (!IsJsonPointer(pointer.Value))
        {
            ctx.Error(pointerAt, ValidationMessages.InvalidJsonPointer("ItemsPointer"));
        }
    }

    /// <summary>Empty, or '/'-separated reference tokens where '~' is only ever '~0' or '~1'.</summary>
    public static bool IsJsonPointer(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '~' && (i + 1 >= text.Length || text[i + 1] is not ('0' or '1')))
            {
                return false;
            }
        }

        return true;
    }
}
