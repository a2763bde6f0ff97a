using Cairn.Integrations.Http;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Http;

/// <summary>URL encoding of JSON objects by the HTTP Task's array formats.</summary>
public sealed class FormEncodingTests
{
    private const string Body = """{"name":"a b","tags":["x","y&z"],"nested":{"k":1,"t":true},"none":null}""";

    [Theory]
    [InlineData("INDICES", "name=a%20b&tags%5B0%5D=x&tags%5B1%5D=y%26z&nested%5Bk%5D=1&nested%5Bt%5D=true&none=")]
    [InlineData("REPEAT", "name=a%20b&tags=x&tags=y%26z&nested%5Bk%5D=1&nested%5Bt%5D=true&none=")]
    [InlineData("COMMAS", "name=a%20b&tags=x%2Cy%26z&nested%5Bk%5D=1&nested%5Bt%5D=true&none=")]
    [InlineData("BRACKETS", "name=a%20b&tags%5B%5D=x&tags%5B%5D=y%26z&nested%5Bk%5D=1&nested%5Bt%5D=true&none=")]
    public void ArraysAreEncodedByTheirFormat(string format, string expected) =>
        Assert.Equal(expected, FormEncoding.Encode(FormEncoding.Pairs((JObject)JValue.Parse(Body), format)));

    [Fact]
    public void EveryGeneratedObjectRoundTripsThroughItsPairs()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var members = Enumerable.Range(0, random.Next(1, 6))
                .Select(j => new KeyValuePair<string, JValue>("k" + j + RandomText(random), new JString(RandomText(random))))
                .ToArray();
            var pairs = FormEncoding.Pairs(JObject.Create(members));
            var decoded = FormEncoding.Encode(pairs).Split('&').Select(p => p.Split('=')).Select(kv => (Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv[1])));
            Assert.Equal(members.Select(m => (m.Key, ((JString)m.Value).Value)), decoded);
        }
    }

    private static string RandomText(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 8)).Select(_ => " &=?/[]%+aé€,#"[random.Next(14)])]);
}
