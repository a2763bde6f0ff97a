namespace Cairn.Integrations.Aws.Http;

/// <summary>
/// One HTTP request to an AWS service as a protocol serialised it: the path and query exactly as
/// they go on the wire (percent-encoded), the headers in order, the body.
/// </summary>
public sealed class AwsRequest
{
    public AwsRequest(string method, string rawPath, string rawQuery, byte[] body)
    {
        Method = method;
        RawPath = rawPath;
        RawQuery = rawQuery;
        Body = body;
    }

    public string Method { get; }

    /// <summary>The path, percent-encoded, starting with <c>/</c> (relative to the endpoint's path).</summary>
    public string RawPath { get; set; }

    /// <summary>The query string, percent-encoded, without <c>?</c>.</summary>
    public string RawQuery { get; set; }

    public byte[] Body { get; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>A host prefix the operation asks for (e.g. <c>data-</c>), already expanded.</summary>
    public string? HostPrefix { get; set; }

    public void SetHeader(string name, string value)
    {
        Headers.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        Headers.Add(new KeyValuePair<string, string>(name, value));
    }

    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
