namespace Cairn.Integrations.Aws.Http;

/// <summary>An HTTP response from an AWS service: status, headers (names as sent) and the whole body.</summary>
public sealed class AwsHttpResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
{
    public int Status { get; } = status;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

    public byte[] Body { get; } = body;

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

    /// <summary>The request id AWS services report (<c>x-amzn-RequestId</c>, <c>x-amz-request-id</c>).</summary>
    public string? RequestId => Header("x-amzn-RequestId") ?? Header("x-amz-request-id") ?? Header("x-amzn-requestid");
}
