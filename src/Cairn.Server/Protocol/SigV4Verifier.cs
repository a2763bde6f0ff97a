using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cairn.Integrations.Aws.Signing;
using Microsoft.AspNetCore.Http;

namespace Cairn.Server.Protocol;

/// <summary>
/// Checks AWS Signature Version 4 on requests when credentials are configured: the access key must
/// be the configured one and the signature must be the one its secret key gives for the request,
/// dated within 15 minutes of now.
/// </summary>
public sealed class SigV4Verifier
{
    private const string Algorithm = SigV4Canonical.Algorithm;
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    private readonly string _accessKeyId;
    private readonly string _secretAccessKey;
    private readonly TimeProvider _time;

    public SigV4Verifier(string accessKeyId, string secretAccessKey, TimeProvider? time = null)
    {
        _accessKeyId = accessKeyId;
        _secretAccessKey = secretAccessKey;
        _time = time ?? TimeProvider.System;
    }

    public void Verify(HttpRequest request, byte[] body)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw new ApiException("MissingAuthenticationTokenException", "Missing Authentication Token", 403);
        }

        var fields = authorization[(Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("Credential", out var credential) || !fields.TryGetValue("SignedHeaders", out var signedHeaders) || !fields.TryGetValue("Signature", out var signature))
        {
            throw new ApiException("IncompleteSignatureException", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }

        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            throw new ApiException("IncompleteSignatureException", $"Credential should be scoped to a valid region: '{credential}'");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(scope[0]), Encoding.UTF8.GetBytes(_accessKeyId)))
        {
            throw new ApiException("UnrecognizedClientException", "The security token included in the request is invalid.");
        }

        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt) ||
            (signedAt - _time.GetUtcNow()).Duration() > AllowedSkew)
        {
            throw new ApiException("InvalidSignatureException", "Signature expired or X-Amz-Date is missing or invalid.", 403);
        }

        var canonical = CanonicalRequest(request, signedHeaders, body);
        var stringToSign = SigV4Canonical.StringToSign(amzDate, string.Join('/', scope[1..]), canonical);
        var expected = SigV4Canonical.Signature(_secretAccessKey, scope[1], scope[2], scope[3], stringToSign);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            throw new ApiException(
                "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
                403);
        }
    }

    /// <summary>The canonical request of a received request, computed by the signer's rules (<see cref="SigV4Canonical"/>).</summary>
    internal static string CanonicalRequest(HttpRequest request, string signedHeaders, byte[] body)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var name in signedHeaders.Split(';'))
        {
            var value = name == "host" ? request.Host.Value ?? string.Empty : string.Join(',', request.Headers[name].Select(v => v ?? string.Empty));
            headers.Add(new KeyValuePair<string, string>(name, value));
        }

        return SigV4Canonical.Request(
            request.Method,
            SigV4Canonical.Path(request.Path.ToUriComponent(), s3: false),
            SigV4Canonical.Query(request.QueryString.Value?.TrimStart('?') ?? string.Empty),
            headers,
            SigV4Canonical.PayloadHash(body));
    }
}
