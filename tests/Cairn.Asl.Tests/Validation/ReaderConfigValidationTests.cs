using Cairn.Asl.Validation;
using Cairn.Json;
using CsCheck;
using static Cairn.Asl.Tests.Validation.DefinitionValidatorTests;

namespace Cairn.Asl.Tests.Validation;

/// <summary>A Distributed Map's ReaderConfig, checked when the definition is validated.</summary>
public sealed class ReaderConfigValidationTests
{
    private const string Schema = DiagnosticCodes.SchemaValidationFailed;
    private const string At = "/States/Map/ItemReader/ReaderConfig";

    private static IReadOnlyList<Diagnostic> WithConfig(string config, string queryLanguage = "JSONPath") => Validate($$"""
        {"QueryLanguage":"{{queryLanguage}}","StartAt":"Map","States":{"Map":{"Type":"Map","End":true,
          "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{{config}}},
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true} } } } } }
        """);

    [Theory]
    [InlineData("""{"InputType":"XML"}""", At + "/InputType", "Value should be one of the following: [CSV, JSON, JSONL, MANIFEST, PARQUET]")]
    [InlineData("""{"InputType":"CSV","CSVDelimiter":"COLON"}""", At + "/CSVDelimiter", "Value should be one of the following: [COMMA, PIPE, SEMICOLON, SPACE, TAB]")]
    [InlineData("""{"InputType":"CSV","CSVHeaderLocation":"LAST_ROW"}""", At + "/CSVHeaderLocation", "Value should be one of the following: [FIRST_ROW, GIVEN]")]
    [InlineData("""{"InputType":"CSV","CSVHeaders":["a"]}""", At + "/CSVHeaders", "Field 'CSVHeaders' is not supported when 'CSVHeaderLocation' is 'FIRST_ROW'")]
    [InlineData("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN"}""", At, "These fields are required: [CSVHeaders]")]
    [InlineData("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":"a,b"}""", At + "/CSVHeaders", "Expected value of type Array")]
    [InlineData("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["a",1]}""", At + "/CSVHeaders/1", "Expected value of type String")]
    [InlineData("""{"InputType":"JSON","CSVDelimiter":"PIPE"}""", At + "/CSVDelimiter", "Field 'CSVDelimiter' is not supported when 'InputType' is 'JSON'")]
    [InlineData("""{"InputType":"CSV","ManifestType":"GLUE"}""", At + "/ManifestType", "Value should be one of the following: [ATHENA_DATA, S3_INVENTORY]")]
    [InlineData("""{"ManifestType":"ATHENA_DATA","InputType":"JSON"}""", At + "/InputType", "Value should be one of the following: [CSV, JSONL, PARQUET]")]
    [InlineData("""{"ManifestType":"ATHENA_DATA"}""", At + "/InputType", "The field 'InputType' is required but was missing")]
    [InlineData("""{"ManifestType":"S3_INVENTORY","InputType":"CSV"}""", At + "/InputType", "Value should be one of the following: [MANIFEST]")]
    [InlineData("""{"InputType":"JSON","MaxItems":-1}""", At + "/MaxItems", "Minimum value is 0")]
    [InlineData("""{"InputType":"JSON","MaxItems":100000001}""", At + "/MaxItems", "Maximum value is 100000000")]
    [InlineData("""{"InputType":"JSON","MaxItems":1.5}""", At + "/MaxItems", "Expected value of type Integer")]
    [InlineData("""{"InputType":"JSON","MaxItems":1,"MaxItemsPath":"$.n"}""", At, "There should only be one of the following fields: [MaxItems, MaxItemsPath]")]
    [InlineData("""{"InputType":"JSON","MaxItemsPath":"not a path"}""", At + "/MaxItemsPath", "The value for the field 'MaxItemsPath' must be a valid JSONPath")]
    [InlineData("""{"InputType":"JSONL","ItemsPointer":"/a"}""", At + "/ItemsPointer", "Field 'ItemsPointer' is not supported when 'InputType' is 'JSONL'")]
    [InlineData("""{"InputType":"JSON","ItemsPointer":"a/b"}""", At + "/ItemsPointer", "The value for the field 'ItemsPointer' must be a valid JSON Pointer")]
    [InlineData("""{"InputType":"JSON","ItemsPointer":"/a~2"}""", At + "/ItemsPointer", "The value for the field 'ItemsPointer' must be a valid JSON Pointer")]
    [InlineData("""{"InputType":"JSON","Delimiter":"COMMA"}""", At, "Field 'Delimiter' is not supported")]
    [InlineData("""{"InputType":"JSON","Transformation":"FLATTEN"}""", At + "/Transformation", "Value should be one of the following: [NONE, LOAD_AND_FLATTEN]")]
    public void AnInvalidReaderConfigIsReportedWhereItIs(string config, string location, string message) =>
        AssertSingle(WithConfig(config), Schema, location, message);

    [Theory]
    [InlineData("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["a","b"],"CSVDelimiter":"TAB","MaxItems":0}""")]
    [InlineData("""{"InputType":"JSON","ItemsPointer":"/data/rows~1x","MaxItemsPath":"$.max"}""")]
    [InlineData("""{"InputType":"JSON","ItemsPointer":""}""")]
    [InlineData("""{"InputType":"PARQUET","MaxItems":100000000}""")]
    [InlineData("""{"InputType":"MANIFEST"}""")]
    [InlineData("""{"ManifestType":"S3_INVENTORY"}""")]
    [InlineData("""{"ManifestType":"ATHENA_DATA","InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["a"]}""")]
    [InlineData("""{"ManifestType":"ATHENA_DATA","InputType":"PARQUET"}""")]
    public void AValidReaderConfigPasses(string config) => Assert.Empty(WithConfig(config));

    [Fact]
    public void JsonataStatesTakeMaxItemsAsAnExpressionButNoMaxItemsPath()
    {
        Assert.Empty(WithConfig("""{"InputType":"JSON","MaxItems":"{% $states.input.n %}"}""", "JSONata"));
        AssertSingle(WithConfig("""{"InputType":"JSON","MaxItemsPath":"$.n"}""", "JSONata"), Schema, At, "Field 'MaxItemsPath' is not supported");
    }

    private static readonly string?[] InputTypes = [null, "CSV", "JSON", "JSONL", "MANIFEST", "PARQUET", "TEXT"];
    private static readonly string?[] Locations = [null, "FIRST_ROW", "GIVEN", "NONE"];
    private static readonly string?[] DelimiterNames = [null, "COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB", "COLON"];
    private static readonly string?[] ManifestTypeNames = [null, "ATHENA_DATA", "S3_INVENTORY", "OTHER"];

    /// <summary>
    /// Over generated configurations: a diagnostic is reported exactly where one of AWS's rules,
    /// stated here apart from the validator, is broken, and a configuration breaking none passes.
    /// </summary>
    [Fact]
    public void GeneratedConfigurationsAreReportedExactlyWhereTheyBreakARule()
    {
        var gen =
            from inputType in Pick(InputTypes)
            from location in Pick(Locations)
            from delimiter in Pick(DelimiterNames)
            from manifest in Pick(ManifestTypeNames)
            from headers in Gen.Int[-1, 3]
            from maxItems in Pick<long?>([null, -5, 0, 1, 100_000_000, 100_000_001])
            select (inputType, location, delimiter, manifest, headers, maxItems);

        gen.Sample(c =>
        {
            var config = new List<(string, JValue)>();
            void Add(string key, string? value)
            {
                if (value is not null)
                {
                    config.Add((key, new JString(value)));
                }
            }

            Add("InputType", c.inputType);
            Add("CSVHeaderLocation", c.location);
            Add("CSVDelimiter", c.delimiter);
            Add("ManifestType", c.manifest);
            if (c.headers >= 0)
            {
                config.Add(("CSVHeaders", JArray.Adopt(Enumerable.Range(0, c.headers).Select(i => (JValue)new JString($"h{i}")).ToArray())));
            }

            if (c.maxItems is { } max)
            {
                config.Add(("MaxItems", JNumber.From(max)));
            }

            var actual = WithConfig(JObject.Create(config.ToArray()).ToJson()).Select(d => d.Location ?? string.Empty).OrderBy(l => l, StringComparer.Ordinal).ToList();
            Assert.Equal(Expected(c.inputType, c.location, c.delimiter, c.manifest, c.headers, c.maxItems), actual);
        }, iter: 3000);
    }

    private static Gen<T> Pick<T>(T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>The locations AWS's rules report for one configuration.</summary>
    private static List<string> Expected(string? inputType, string? location, string? delimiter, string? manifest, int headers, long? maxItems)
    {
        var broken = new List<string>();
        var csvData = inputType is null or "CSV" or "MANIFEST" || manifest == "S3_INVENTORY";
        if (inputType == "TEXT")
        {
            broken.Add(At + "/InputType");
        }

        if (location == "NONE")
        {
            broken.Add(At + "/CSVHeaderLocation");
        }

        if (delimiter == "COLON")
        {
            broken.Add(At + "/CSVDelimiter");
        }

        if (manifest == "OTHER")
        {
            broken.Add(At + "/ManifestType");
        }

        if (maxItems is < 0 or > 100_000_000)
        {
            broken.Add(At + "/MaxItems");
        }

        // CSV options only describe CSV data.
        foreach (var (field, present) in new[] { ("CSVHeaderLocation", location is not null), ("CSVDelimiter", delimiter is not null), ("CSVHeaders", headers >= 0) })
        {
            if (present && !csvData)
            {
                broken.Add($"{At}/{field}");
            }
        }

        if (headers == 0)
        {
            broken.Add(At + "/CSVHeaders");
        }

        if (headers >= 0 && csvData && location != "GIVEN")
        {
            broken.Add(At + "/CSVHeaders");
        }

        if (headers < 0 && location == "GIVEN")
        {
            broken.Add(At);
        }

        if ((manifest == "ATHENA_DATA" && inputType is not ("CSV" or "JSONL" or "PARQUET")) || (manifest == "S3_INVENTORY" && inputType is not (null or "MANIFEST")))
        {
            broken.Add(At + "/InputType");
        }

        broken.Sort(StringComparer.Ordinal);
        return broken;
    }
}
