using System.IO.Compression;
using System.Text;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Aws.S3;

/// <summary>Distributed Maps over S3 inventory manifests and Athena data manifests in moto's S3.</summary>
public sealed class ManifestItemsS3Tests
{
    private readonly S3MapRuns _s3 = new("manifest");

    [Theory]
    [InlineData("""{"InputType":"MANIFEST"}""")]
    [InlineData("""{"ManifestType":"S3_INVENTORY"}""")]
    public async Task AnInventoryManifestsGzippedCsvFilesGiveOneItemPerObject(string config)
    {
        // Two inventory files; the first has more rows than one read takes.
        var first = new StringBuilder();
        for (var i = 0; i < 2_500; i++)
        {
            first.Append($"\"source\",\"data/{i:D5}.csv\",\"{i}\",\"2024-05-01T00:00:{i % 60:D2}.000Z\"\n");
        }

        await _s3.PutAsync("inv/data/a.csv.gz", Gzip(first.ToString()));
        await _s3.PutAsync("inv/data/b.csv.gz", Gzip("\"source\",\"last, quoted.csv\",\"7\",\"2024-05-02T00:00:00.000Z\"\n"));
        await _s3.PutAsync("inv/manifest.json", $$"""
            {"sourceBucket":"source","destinationBucket":"arn:aws:s3:::{{_s3.Bucket}}","version":"2016-11-30","creationTimestamp":"1714521600000",
             "fileFormat":"CSV","fileSchema":"Bucket, Key, Size, LastModifiedDate",
             "files":[{"key":"inv/data/a.csv.gz","size":1,"MD5checksum":"x"},{"key":"inv/data/b.csv.gz","size":1,"MD5checksum":"y"}]}
            """);

        var output = S3MapRuns.Succeeded(await S3MapRuns.RunAsync(_s3.Map(config, "inv/manifest.json")));

        Assert.Equal(2_501, output.Count);
        var item = (JObject)output[1234];
        Assert.Equal("source", ((JString)item["Bucket"]!).Value);
        Assert.Equal("data/01234.csv", ((JString)item["Key"]!).Value);
        Assert.Equal("1234", ((JString)item["Size"]!).Value);
        Assert.Equal(["LastModifiedDate", "Bucket", "Size", "Key"], item.Keys);
        Assert.Equal("last, quoted.csv", ((JString)((JObject)output[2_500])["Key"]!).Value);
    }

    [Fact]
    public async Task AnInventoryInAnotherFormatIsRefused()
    {
        await _s3.PutAsync("orc/manifest.json", $$"""{"destinationBucket":"arn:aws:s3:::{{_s3.Bucket}}","fileFormat":"ORC","fileSchema":"struct<bucket:string>","files":[]}""");
        Assert.Contains("fileFormat must be CSV", await S3MapRuns.ItemReaderFailureAsync(_s3.Map("""{"InputType":"MANIFEST"}""", "orc/manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAthenaManifestsObjectsAreReadInTurn()
    {
        await _s3.PutAsync("athena/q1/a.jsonl", "{\"n\":1}\n{\"n\":2}\n");
        await _s3.PutAsync("athena/q1/b.jsonl", "{\"n\":3}\n");
        await _s3.PutAsync("athena/q1-manifest.csv", $"s3://{_s3.Bucket}/athena/q1/a.jsonl\ns3://{_s3.Bucket}/athena/q1/b.jsonl\n");
        await _s3.PutAsync("athena/q2/a.csv", "1,x\n2,y\n");
        await _s3.PutAsync("athena/q2-manifest.csv", $"s3://{_s3.Bucket}/athena/q2/a.csv\n");
        await _s3.PutAsync("athena/q3/a.parquet", await ParquetItemsS3Tests.WriteAsync(Enumerable.Range(0, 30).Select(ParquetItemsS3Tests.Row.Make).ToArray(), 7));
        await _s3.PutAsync("athena/q3/b.parquet", await ParquetItemsS3Tests.WriteAsync(Enumerable.Range(30, 5).Select(ParquetItemsS3Tests.Row.Make).ToArray(), 7));
        await _s3.PutAsync("athena/q3-manifest.csv", $"s3://{_s3.Bucket}/athena/q3/a.parquet\ns3://{_s3.Bucket}/athena/q3/b.parquet\n");

        Assert.Equal("""[{"n":1},{"n":2},{"n":3}]""", S3MapRuns.Succeeded(await S3MapRuns.RunAsync(_s3.Map("""{"ManifestType":"ATHENA_DATA","InputType":"JSONL"}""", "athena/q1-manifest.csv"))).ToJson());
        Assert.Equal(
            """[{"v":"x","id":"1"},{"v":"y","id":"2"}]""",
            S3MapRuns.Succeeded(await S3MapRuns.RunAsync(_s3.Map("""{"ManifestType":"ATHENA_DATA","InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["id","v"]}""", "athena/q2-manifest.csv"))).ToJson());
        var parquet = S3MapRuns.Succeeded(await S3MapRuns.RunAsync(_s3.Map("""{"ManifestType":"ATHENA_DATA","InputType":"PARQUET","MaxItems":33}""", "athena/q3-manifest.csv")));
        Assert.Equal(Enumerable.Range(0, 33).Select(i => (long)i), parquet.Cast<JObject>().Select(o => ((JNumber)o["Id"]!).IntegerValue));
    }

    [Fact]
    public async Task AnAthenaManifestNamingAMissingObjectFailsTheMapRun()
    {
        await _s3.PutAsync("gone-manifest.csv", $"s3://{_s3.Bucket}/nothing/here.jsonl\n");
        Assert.Contains("The specified key does not exist.", await S3MapRuns.ItemReaderFailureAsync(_s3.Map("""{"ManifestType":"ATHENA_DATA","InputType":"JSONL"}""", "gone-manifest.csv")), StringComparison.Ordinal);
    }

    private static byte[] Gzip(string text)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
