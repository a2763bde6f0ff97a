using System.Text;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Integrations.Tests.Aws.Moto;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Integrations.Tests.Aws.S3;

/// <summary>Distributed Maps reading their items from moto's S3 and writing their results to it.</summary>
public sealed class DistributedMapS3Tests
{
    private readonly S3MapRuns _s3 = new("dmap");

    [Theory]
    [InlineData("COMMA", ",")]
    [InlineData("PIPE", "|")]
    [InlineData("SEMICOLON", ";")]
    [InlineData("SPACE", " ")]
    [InlineData("TAB", "\t")]
    public async Task CsvWithItsFirstRowAsHeadersIsReadInPartsWithEveryDelimiter(string name, string delimiter)
    {
        // Over a MiB, so the object is read in several ranged parts.
        var text = new StringBuilder($"id{delimiter}name{delimiter}note\n");
        for (var i = 0; i < 30_000; i++)
        {
            text.Append(i).Append(delimiter).Append("name-").Append(i).Append(delimiter).Append("\"quoted ").Append(delimiter).Append(" line\nbreak\"\n");
        }

        await PutAsync("rows.csv", text.ToString());
        // Every row but the last answers "x", so the Map's result stays within AWS's 256 KiB payload limit.
        var keepLast = """
            "StartAt":"Last?","States":{"Last?":{"Type":"Choice","Choices":[{"Variable":"$.id","StringEquals":"29999","Next":"Keep"}],"Default":"Drop"},
              "Keep":{"Type":"Pass","End":true},"Drop":{"Type":"Pass","Result":"x","End":true} }
            """;
        var execution = await RunAsync(Map($$"""{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW","CSVDelimiter":"{{name}}"}""", "rows.csv", keepLast));

        var output = Succeeded(execution);
        Assert.Equal(30_000, output.Count);
        Assert.All(output.Take(29_999), row => Assert.Equal("\"x\"", row.ToJson()));
        var last = (JObject)output[29_999];
        Assert.Equal("29999", ((JString)last["id"]!).Value);
        Assert.Equal("name-29999", ((JString)last["name"]!).Value);
        Assert.Equal($"quoted {delimiter} line\nbreak", ((JString)last["note"]!).Value);

        // The keys come in AWS's order for these headers (by Java hash bucket), not in header order.
        Assert.Equal(["note", "name", "id"], last.Keys);
    }

    [Fact]
    public async Task CsvWithGivenHeadersAndMaxItems()
    {
        await PutAsync("given.csv", "1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
        var execution = await RunAsync(Map("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["a","b","c"],"MaxItems":3}""", "given.csv"));

        Assert.Equal("""[{"a":"1","b":"2","c":"3"},{"a":"4","b":"5","c":""},{"a":"6","b":"7","c":"8"}]""", Succeeded(execution).ToJson());
    }

    [Fact]
    public async Task JsonItemsAtAPointerAndJsonLines()
    {
        await PutAsync("doc.json", """{"meta":{"count":3},"data":{"rows":[{"n":1},{"n":2},{"n":3}]}}""");
        await PutAsync("lines.jsonl", "{\"n\":1}\n\n{\"n\":2}\n");

        Assert.Equal("""[{"n":1},{"n":2},{"n":3}]""", Succeeded(await RunAsync(Map("""{"InputType":"JSON","ItemsPointer":"/data/rows"}""", "doc.json"))).ToJson());
        Assert.Equal("""[{"n":1},{"n":2}]""", Succeeded(await RunAsync(Map("""{"InputType":"JSONL"}""", "lines.jsonl"))).ToJson());
    }

    [Fact]
    public async Task ListObjectsV2GivesEachObjectPageByPage()
    {
        for (var i = 0; i < 1003; i++)
        {
            await PutAsync($"in/{i:D4}.txt", new string('x', i % 7));
        }

        await PutAsync("out/other.txt", "no");
        var definition = $$"""
            {"StartAt":"Map","States":{"Map":{"Type":"Map","End":true,
              "ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket":"{{_s3.Bucket}}","Prefix":"in/"} },
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true} } } } } }
            """;
        var output = Succeeded(await RunAsync(definition));

        Assert.Equal(1003, output.Count);
        var last = (JObject)output[1002];
        Assert.Equal(["Etag", "Key", "LastModified", "Size", "StorageClass"], last.Keys);
        Assert.Equal("in/1002.txt", ((JString)last["Key"]!).Value);
        Assert.Equal(1002 % 7, ((JNumber)last["Size"]!).IntegerValue);
        Assert.IsType<JNumber>(last["LastModified"]);
    }

    [Fact]
    public async Task TheItemBatcherKeepsToItsLimits()
    {
        var items = string.Join(",", Enumerable.Range(0, 50).Select(i => $$"""{"i":{{i}},"pad":"{{new string('p', i)}}"}"""));
        await PutAsync("batch.json", $"[{items}]");
        var definition = $$"""
            {"StartAt":"Map","States":{"Map":{"Type":"Map","End":true,
              "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"{{_s3.Bucket}}","Key":"batch.json"} },
              "ItemBatcher":{"MaxItemsPerBatch":7,"MaxInputBytesPerBatch":400,"BatchInput":{"run.$":"$.run"} },
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true} } } } } }
            """;
        var output = Succeeded(await RunAsync(definition, """{"run":"r1"}"""));

        var seen = new List<long>();
        foreach (var batch in output.Cast<JObject>())
        {
            Assert.Equal("""{"run":"r1"}""", batch["BatchInput"]!.ToJson());
            var batchItems = (JArray)batch["Items"]!;
            Assert.InRange(batchItems.Count, 1, 7);
            Assert.True(Encoding.UTF8.GetByteCount(batch.ToJson()) <= 400, batch.ToJson());
            seen.AddRange(batchItems.Cast<JObject>().Select(item => ((JNumber)item["i"]!).IntegerValue));
        }

        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), seen);
        Assert.Contains(output, batch => ((JArray)((JObject)batch)["Items"]!).Count == 7);
        Assert.Contains(output, batch => ((JArray)((JObject)batch)["Items"]!).Count < 7);
    }

    [Fact]
    public async Task ResultsAreWrittenToS3WithAManifest()
    {
        var definition = $$"""
            {"StartAt":"Map","States":{"Map":{"Type":"Map","End":true,"ToleratedFailureCount":1,
              "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"{{_s3.Bucket}}","Prefix":"results"} },
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"C","States":{
                "C":{"Type":"Choice","Choices":[{"Variable":"$.fail","BooleanEquals":true,"Next":"F"}],"Default":"P"},
                "F":{"Type":"Fail","Error":"Bad","Cause":"bad item"},
                "P":{"Type":"Pass","Result":"ok","End":true} } } } } }
            """;
        var execution = await RunAsync(definition, """[{"fail":false},{"fail":true},{"fail":false}]""");

        Assert.Equal(ExecutionStatus.SUCCEEDED, execution.Status);
        var output = (JObject)execution.Output!;
        var mapRunArn = ((JString)output["MapRunArn"]!).Value;
        var key = ((JString)((JObject)output["ResultWriterDetails"]!)["Key"]!).Value;
        Assert.Equal($"results/{mapRunArn[(mapRunArn.LastIndexOf(':') + 1)..]}/manifest.json", key);
        Assert.Equal(_s3.Bucket, ((JString)((JObject)output["ResultWriterDetails"]!)["Bucket"]!).Value);

        var manifest = (JObject)JValue.Parse(await GetAsync(key));
        Assert.Equal(_s3.Bucket, ((JString)manifest["DestinationBucket"]!).Value);
        Assert.Equal(mapRunArn, ((JString)manifest["MapRunArn"]!).Value);
        var files = (JObject)manifest["ResultFiles"]!;
        Assert.Equal("[]", files["PENDING"]!.ToJson());
        var succeededFile = (JObject)((JArray)files["SUCCEEDED"]!)[0];
        var succeededText = await GetAsync(((JString)succeededFile["Key"]!).Value);
        Assert.Equal(Encoding.UTF8.GetByteCount(succeededText), ((JNumber)succeededFile["Size"]!).IntegerValue);
        var succeeded = (JArray)JValue.Parse(succeededText);
        Assert.Equal(2, succeeded.Count);
        var first = (JObject)succeeded[0];
        Assert.Equal("SUCCEEDED", ((JString)first["Status"]!).Value);
        Assert.Equal("\"ok\"", ((JString)first["Output"]!).Value);
        Assert.Equal("""{"fail":false}""", ((JString)first["Input"]!).Value);
        Assert.Contains(":execution:", ((JString)first["ExecutionArn"]!).Value, StringComparison.Ordinal);
        var failed = (JObject)((JArray)JValue.Parse(await GetAsync(((JString)((JObject)((JArray)files["FAILED"]!)[0])["Key"]!).Value)))[0];
        Assert.Equal("FAILED", ((JString)failed["Status"]!).Value);
        Assert.Equal("Bad", ((JString)failed["Error"]!).Value);
        Assert.Equal("bad item", ((JString)failed["Cause"]!).Value);
    }

    [Theory]
    [InlineData("COMPACT", """[["a"],["b","c"]]""")]
    [InlineData("FLATTEN", """["a","b","c"]""")]
    public async Task WriterConfigAloneShapesTheOutput(string transformation, string expected)
    {
        var definition = $$"""
            {"StartAt":"Map","States":{"Map":{"Type":"Map","End":true,
              "ResultWriter":{"WriterConfig":{"Transformation":"{{transformation}}","OutputType":"JSON"} },
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true} } } } } }
            """;
        Assert.Equal(expected, Succeeded(await RunAsync(definition, """[["a"],["b","c"]]""")).ToJson());
    }

    [Fact]
    public async Task AnObjectsKeyValuePairsAreTheItems()
    {
        var definition = """
            {"StartAt":"Map","States":{"Map":{"Type":"Map","End":true,"ItemsPath":"$.servers",
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true} } } } } }
            """;
        Assert.Equal("""[{"web":{"port":80}},{"db":{"port":5432}}]""", Succeeded(await RunAsync(definition, """{"servers":{"web":{"port":80},"db":{"port":5432}}}""")).ToJson());
    }

    [Theory]
    [InlineData("""{"InputType":"CSV"}""", "missing.csv", "The specified key does not exist.")]
    [InlineData("""{"InputType":"JSON"}""", "object.json", "Attempting to map over non-iterable node.")]
    [InlineData("""{"InputType":"JSONL"}""", "bad.jsonl", "Line 2 is not valid JSON")]
    [InlineData("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["a","a"]}""", "given.csv", "CSV headers cannot contain duplicates.")]
    public async Task UnreadableItemsFailTheMapRunWithItemReaderFailed(string config, string key, string cause)
    {
        await PutAsync("object.json", """{"Hello":"world"}""");
        await PutAsync("bad.jsonl", "{\"ok\":1}\n{broken\n");
        await PutAsync("given.csv", "1,2\n");
        var execution = await RunAsync(Map(config, key));

        Assert.Equal(ExecutionStatus.FAILED, execution.Status);
        Assert.Equal("States.ItemReaderFailed", execution.Error);
        Assert.Contains(cause, execution.Cause, StringComparison.Ordinal);
        var failed = execution.History.Single(e => e.Type == Cairn.Engine.History.HistoryEventType.MapRunFailed);
        Assert.NotNull(failed.Details);
    }

    private string Map(string readerConfig, string key, string processor = "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true} }") => _s3.Map(readerConfig, key, processor);

    private static Task<Interpreter> RunAsync(string definition, string input = "{}") => S3MapRuns.RunAsync(definition, input);

    private static JArray Succeeded(Interpreter execution) => S3MapRuns.Succeeded(execution);

    private Task PutAsync(string key, string body) => _s3.PutAsync(key, body);

    private Task<string> GetAsync(string key) => _s3.GetAsync(key);
}
