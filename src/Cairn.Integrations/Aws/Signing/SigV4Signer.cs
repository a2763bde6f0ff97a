using System.Globalization;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Http;

namespace Cairn.Integrations.Aws.Signing;

/// <summary>
/// Signs requests with AWS Signature Version 4 exactly as botocore's <c>SigV4Auth</c> and
/// <c>S3SigV4Auth</c> do: every header of the request is signed (but those a proxy may change,
/// such as <c>User-Agent</c>), with <c>host</c> taken from the endpoint; S3 requests carry
/// <c>X-Amz-Content-SHA256</c> and sign their path as sent.
/// </summary>
public static class SigV4Signer
{
    private static readonly HashSet<string> Unsigned = new(StringComparer.OrdinalIgnoreCase)
    {
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id", "authorization",
    };

    /// <summary>
    /// Adds <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> (temporary credentials),
    /// <c>X-Amz-Content-SHA256</c> (S3) and <c>Authorization</c> to <paramref name="request"/>.
    /// </summary>
    /// <param name="host">The <c>Host</c> header value: the host, and the port when it is not the scheme's default.</param>
    /// <returns>The canonical request and string to sign (for diagnostics and tests).</returns>
    public static (string CanonicalRequest, string StringToSign) Sign(
        AwsRequest request, string host, AwsCredentials credentials, string region, string service, DateTimeOffset now, bool s3)
    {
        var amzDate = now.UtcDateTime.ToString(SigV4Canonical.DateFormat, CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        request.SetHeader("X-Amz-Date", amzDate);
        if (credentials.SessionToken is { } token)
        {
            request.SetHeader("X-Amz-Security-Token", token);
        }

        var payloadHash = SigV4Canonical.PayloadHash(request.Body);
        if (s3)
        {
            request.SetHeader("X-Amz-Content-SHA256", payloadHash);
        }

        var signed = new List<KeyValuePair<string, string>>(request.Headers.Count + 1);
        var hasHost = false;
        foreach (var header in request.Headers)
        {
            if (!Unsigned.Contains(header.Key))
            {
                signed.Add(header);
                hasHost |= string.Equals(header.Key, "host", StringComparison.OrdinalIgnoreCase);
            }
        }

        if (!hasHost)
        {
            signed.Add(new KeyValuePair<string, string>("host", host));
        }

        var canonical = SigV4Canonical.Request(
            request.Method,
            SigV4Canonical.Path(request.RawPath, s3),
            SigV4Canonical.Query(request.RawQuery),
            signed,
            request.Header("X-Amz-Content-SHA256") ?? payloadHash);
        var scope = SigV4Canonical.Scope(date, region, service);
        var stringToSign = SigV4Canonical.StringToSign(amzDate, scope, canonical);
        var signature = SigV4Canonical.Signature(credentials.SecretAccessKey, date, region, service, stringToSign);
        var signedHeaders = string.Join(';', SigV4Canonical.SignedHeaderNames(signed));
        request.SetHeader("Authorization", $"{SigV4Canonical.Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
        return (canonical, stringToSign);
    }

    /// <summary>The <c>Host</c> header of an endpoint: lower case, with the port unless it is the scheme's default.</summary>
    public static string HostHeader(Uri endpoint) =>
        endpoint.IsDefaultPort ? endpoint.IdnHost.ToLowerInvariant() : $"{endpoint.IdnHost.ToLowerInvariant()}:{endpoint.Port}";
}
