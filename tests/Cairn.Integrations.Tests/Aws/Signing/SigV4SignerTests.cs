using System.Text.Json.Nodes;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Signing;

namespace Cairn.Integrations.Tests.Aws.Signing;

/// <summary>The signer against requests botocore signed at a fixed time (<c>make_sigv4_vectors.py</c> wrote them).</summary>
public sealed class SigV4SignerTests
{
    public static TheoryData<string> Vectors()
    {
        var data = new TheoryData<string>();
        foreach (var vector in Load())
        {
            data.Add((string)vector["name"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void SignsAsBotocoreDoes(string name)
    {
        var vector = Load().Single(v => (string)v["name"]! == name);
        var url = (string)vector["url"]!;
        var (endpoint, path, query) = Split(url);
        var request = new AwsRequest((string)vector["method"]!, path, query, Convert.FromBase64String((string)vector["body"]!));
        foreach (var header in vector["headers"]!.AsArray())
        {
            request.Headers.Add(new KeyValuePair<string, string>((string)header![0]!, (string)header[1]!));
        }

        var credentials = new AwsCredentials((string)vector["accessKeyId"]!, (string)vector["secretAccessKey"]!, (string?)vector["sessionToken"]);
        var (canonical, stringToSign) = SigV4Signer.Sign(
            request, SigV4Signer.HostHeader(endpoint), credentials, (string)vector["region"]!, (string)vector["service"]!,
            DateTimeOffset.Parse((string)vector["time"]!, System.Globalization.CultureInfo.InvariantCulture), (bool)vector["s3"]!);

        var expected = vector["expected"]!;
        Assert.Equal((string)expected["canonicalRequest"]!, canonical);
        Assert.Equal((string)expected["stringToSign"]!, stringToSign);
        Assert.Equal((string)expected["authorization"]!, request.Header("Authorization"));
        foreach (var (header, value) in expected["headers"]!.AsObject())
        {
            Assert.Equal((string)value!, request.Header(header));
        }
    }

    [Fact]
    public void TheVerifiersCanonicalRequestIsTheSignersOne()
    {
        // Signing twice at the same instant with the same inputs gives the same signature: the
        // Authorization header of the first signature is not itself signed.
        var request = new AwsRequest("POST", "/", string.Empty, "{}"u8.ToArray());
        request.Headers.Add(new("Content-Type", "application/x-amz-json-1.0"));
        var credentials = new AwsCredentials("AK", "SK");
        var now = DateTimeOffset.UnixEpoch;
        SigV4Signer.Sign(request, "h", credentials, "r", "s", now, s3: false);
        var first = request.Header("Authorization");
        SigV4Signer.Sign(request, "h", credentials, "r", "s", now, s3: false);
        Assert.Equal(first, request.Header("Authorization"));
    }

    private static (Uri Endpoint, string Path, string Query) Split(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var pathStart = url.IndexOf('/', schemeEnd);
        var authority = pathStart < 0 ? url : url[..pathStart];
        var rest = pathStart < 0 ? string.Empty : url[pathStart..];
        var q = rest.IndexOf('?');
        return (new Uri(authority), q < 0 ? rest : rest[..q], q < 0 ? string.Empty : rest[(q + 1)..]);
    }

    private static IEnumerable<JsonNode> Load() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Aws", "Signing", "sigv4-vectors.json")))!["vectors"]!.AsArray()!;
}
