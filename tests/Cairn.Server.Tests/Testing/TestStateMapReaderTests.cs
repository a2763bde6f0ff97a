using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Testing;

/// <summary><c>aws stepfunctions test-state</c> of Distributed Maps with <c>mapItemReaderData</c>: the reader's data read as its ReaderConfig says, and the Map's inspection data.</summary>
public sealed class TestStateMapReaderTests : IDisposable
{
    private readonly ServeProcess _server;
    private readonly AwsCli _aws;

    public TestStateMapReaderTests()
    {
        _server = ServeProcess.Start("--in-memory");
        _aws = new AwsCli(_server.Endpoint);
    }

    private static string Map(string readerConfig, string extra = "") => $$"""
        {"Type":"Map","End":true,{{extra}}
         "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{{readerConfig}},"Parameters":{"Bucket":"b","Key":"k"} },
         "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true} } } }
        """;

    [Fact]
    public void CsvDataIsBatchedAsTheItemBatcherSays()
    {
        var state = Map("""{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"}""", """ "ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"run.$":"$.run"} },""");
        var result = _aws.Run("test-state", "--definition", state, "--input", """{"run":"r1"}""", "--inspection-level", "DEBUG",
            "--state-configuration", JsonNode.Parse("""{"mapItemReaderData":"id,name\n1,a\n2,b\n3,c\n"}""")!.ToJsonString(), "--mock", """{"result":"[]"}""");

        Assert.Equal("SUCCEEDED", (string)result["status"]!);
        var batches = JsonNode.Parse((string)result["inspectionData"]!["afterItemBatcher"]!)!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"BatchInput":{"run":"r1"},"Items":[{"id":"1","name":"a"},{"id":"2","name":"b"}]},{"BatchInput":{"run":"r1"},"Items":[{"id":"3","name":"c"}]}]"""),
            batches), batches.ToJsonString());
        Assert.Null(result["inspectionData"]!["afterItemsPointer"]);
    }

    [Fact]
    public void JsonDataIsReadAtItsItemsPointer()
    {
        var result = _aws.Run("test-state", "--definition", Map("""{"InputType":"JSON","ItemsPointer":"/data/rows"}"""), "--inspection-level", "DEBUG",
            "--state-configuration", """{"mapItemReaderData":"{\"data\":{\"rows\":[{\"n\":1},{\"n\":2}]}}"}""", "--mock", """{"result":"[1,2]"}""");

        Assert.Equal("SUCCEEDED", (string)result["status"]!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"n":1},{"n":2}]"""), JsonNode.Parse((string)result["inspectionData"]!["afterItemsPointer"]!)));
        Assert.Null(result["inspectionData"]!["afterItemBatcher"]);
    }

    [Fact]
    public void DataTheReaderCannotReadFailsWithItemReaderFailed()
    {
        var result = _aws.Run("test-state", "--definition", Map("""{"InputType":"JSONL"}"""),
            "--state-configuration", """{"mapItemReaderData":"{\"ok\":1}\n{broken"}""", "--mock", """{"result":"[]"}""");

        Assert.Equal("FAILED", (string)result["status"]!);
        Assert.Equal("States.ItemReaderFailed", (string)result["error"]!);
    }

    public void Dispose() => _server.Dispose();
}
