using Cairn.Json;
using Parquet;
using Parquet.Serialization;
using Parquet.Serialization.Attributes;

namespace Cairn.Integrations.Tests.Aws.S3;

/// <summary>Distributed Maps over Parquet objects in moto's S3, written here with Parquet.Net.</summary>
public sealed class ParquetItemsS3Tests
{
    private readonly S3MapRuns _s3 = new("parquet");

    [Fact]
    public async Task EachRowIsAnItemAcrossRowGroupsAndReads()
    {
        // 5,000 rows in row groups of 700: the Map Run's reads of 2,000 items cross row groups.
        var rows = Enumerable.Range(0, 5_000).Select(Row.Make).ToArray();
        await _s3.PutAsync("rows.parquet", await WriteAsync(rows, rowGroupSize: 700));
        var keepLast = """
            "StartAt":"Last?","States":{"Last?":{"Type":"Choice","Choices":[{"Variable":"$.Id","NumericEquals":4999,"Next":"Keep"},{"Variable":"$.Id","NumericEquals":1,"Next":"Keep"}],"Default":"Drop"},
              "Keep":{"Type":"Pass","End":true},"Drop":{"Type":"Pass","Result":0,"End":true} }
            """;

        var output = S3MapRuns.Succeeded(await S3MapRuns.RunAsync(_s3.Map("""{"InputType":"PARQUET"}""", "rows.parquet", keepLast)));

        Assert.Equal(5_000, output.Count);
        var second = (JObject)output[1];
        Assert.Equal(["Id", "Name", "Score", "Price", "Active", "Day", "At", "Big", "Missing", "Tags", "Labels", "Inner"], second.Keys);
        Assert.Equal(
            """{"Id":1,"Name":"row-1","Score":1.5,"Price":2.25,"Active":false,"Day":"2024-03-02","At":"2024-03-01T10:00:01.5Z","Big":10000000001,"Missing":null,"Tags":["t1","x"],"Labels":{"k":1},"Inner":{"X":1,"Words":["w1"]}}""",
            second.ToJson());
        Assert.Equal(4999, ((JNumber)((JObject)output[4999])["Id"]!).IntegerValue);
        Assert.All(output.Where((_, i) => i is not (1 or 4999)), item => Assert.Equal("0", item.ToJson()));
    }

    [Fact]
    public async Task MaxItemsStopsWithinARowGroup()
    {
        await _s3.PutAsync("few.parquet", await WriteAsync(Enumerable.Range(0, 50).Select(Row.Make).ToArray(), rowGroupSize: 20));
        var output = S3MapRuns.Succeeded(await S3MapRuns.RunAsync(_s3.Map("""{"InputType":"PARQUET","MaxItems":25}""", "few.parquet")));

        Assert.Equal(Enumerable.Range(0, 25).Select(i => (long)i), output.Cast<JObject>().Select(o => ((JNumber)o["Id"]!).IntegerValue));
    }

    [Fact]
    public async Task AnInt96TimestampIsAnUnsupportedType()
    {
        var stream = new MemoryStream();
        await ParquetSerializer.SerializeAsync(new[] { new Legacy { Id = 1, When = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc) } }, stream);
        await _s3.PutAsync("legacy.parquet", stream.ToArray());

        var cause = await S3MapRuns.ItemReaderFailureAsync(_s3.Map("""{"InputType":"PARQUET"}""", "legacy.parquet"));

        Assert.Contains("'When' has the type INT96, which is not supported", cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text.parquet", "not a Parquet file")]
    [InlineData("missing.parquet", "The specified key does not exist.")]
    public async Task AnUnreadableObjectFailsTheMapRun(string key, string cause)
    {
        await _s3.PutAsync("text.parquet", "id,name\n1,a\n");
        Assert.Contains(cause, await S3MapRuns.ItemReaderFailureAsync(_s3.Map("""{"InputType":"PARQUET"}""", key)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionIdIsNotSupportedForParquet()
    {
        await _s3.PutAsync("v.parquet", await WriteAsync([Row.Make(0)], 10));
        var definition = _s3.Map("""{"InputType":"PARQUET"}""", "v.parquet").Replace("\"Key\":\"v.parquet\"", "\"Key\":\"v.parquet\",\"VersionId\":\"abc\"", StringComparison.Ordinal);
        Assert.Contains("VersionId", await S3MapRuns.ItemReaderFailureAsync(definition), StringComparison.Ordinal);
    }

    internal static async Task<byte[]> WriteAsync<T>(T[] rows, int rowGroupSize)
    {
        var stream = new MemoryStream();
        await ParquetSerializer.SerializeAsync(rows, stream, new ParquetOptions { RowGroupSize = rowGroupSize });
        return stream.ToArray();
    }

    internal sealed class Row
    {
        public int Id { get; set; }

        public string? Name { get; set; }

        public double Score { get; set; }

        [ParquetDecimal(10, 2)]
        public decimal Price { get; set; }

        public bool Active { get; set; }

        public DateOnly Day { get; set; }

        [ParquetTimestamp(ParquetTimestampResolution.Milliseconds, true, true)]
        public DateTime At { get; set; }

        public long Big { get; set; }

        public int? Missing { get; set; }

        public List<string>? Tags { get; set; }

        public Dictionary<string, int>? Labels { get; set; }

        public Nested? Inner { get; set; }

        public static Row Make(int i) => new()
        {
            Id = i,
            Name = $"row-{i}",
            Score = i * 1.5,
            Price = 1.25m + i,
            Active = i % 2 == 0,
            Day = new DateOnly(2024, 3, 1).AddDays(i % 28),
            At = new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc).AddMilliseconds(i * 1500),
            Big = 10_000_000_000L + i,
            Tags = [$"t{i}", "x"],
            Labels = new Dictionary<string, int> { ["k"] = i },
            Inner = new Nested { X = i, Words = [$"w{i}"] },
        };
    }

    internal sealed class Nested
    {
        public int X { get; set; }

        public List<string>? Words { get; set; }
    }

    private sealed class Legacy
    {
        public int Id { get; set; }

        public DateTime When { get; set; }
    }
}
