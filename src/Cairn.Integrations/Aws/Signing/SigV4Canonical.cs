using System.Security.Cryptography;
using System.Text;

namespace Cairn.Integrations.Aws.Signing;

/// <summary>
/// The parts of AWS Signature Version 4 that the signer and the server's verifier share: the
/// canonical request, the string to sign, the signing key and the encodings they use, as AWS's
/// SDKs (botocore) compute them.
/// </summary>
public static class SigV4Canonical
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The SHA-256 of an empty payload, in hex.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>The format of <c>X-Amz-Date</c>.</summary>
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>
    /// The canonical request: method, canonical path, canonical query, the signed headers (names
    /// lower case and sorted, values trimmed with inner whitespace collapsed, repeated headers
    /// joined with commas), the signed header list and the payload hash.
    /// </summary>
    public static string Request(string method, string canonicalPath, string canonicalQuery, IReadOnlyList<KeyValuePair<string, string>> signedHeaders, string payloadHash)
    {
        var builder = new StringBuilder(256);
        builder.Append(method.ToUpperInvariant()).Append('\n');
        builder.Append(canonicalPath).Append('\n');
        builder.Append(canonicalQuery).Append('\n');
        var names = SignedHeaderNames(signedHeaders);
        foreach (var name in names)
        {
            builder.Append(name).Append(':');
            var first = true;
            foreach (var (headerName, value) in signedHeaders)
            {
                if (string.Equals(headerName, name, StringComparison.OrdinalIgnoreCase))
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    AppendTrimmed(builder, value);
                    first = false;
                }
            }

            builder.Append('\n');
        }

        builder.Append('\n').Append(string.Join(';', names)).Append('\n').Append(payloadHash);
        return builder.ToString();
    }

    /// <summary>The signed header names, lower case, distinct and sorted (the <c>SignedHeaders</c> value).</summary>
    public static List<string> SignedHeaderNames(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var names = new List<string>(headers.Count);
        foreach (var (name, _) in headers)
        {
            var lower = name.Trim().ToLowerInvariant();
            if (!names.Contains(lower))
            {
                names.Add(lower);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>
    /// The canonical path of a request path as sent (already percent-encoded): for every service
    /// but S3, dot segments and empty segments are removed and the result is encoded once more;
    /// S3 signs the path as sent.
    /// </summary>
    public static string Path(string rawPath, bool s3)
    {
        if (s3)
        {
            return rawPath.Length == 0 ? "/" : rawPath;
        }

        return Encode(RemoveDotSegments(rawPath.Length == 0 ? "/" : rawPath), keepSlash: true);
    }

    /// <summary>
    /// The canonical query of a query string as sent (already percent-encoded, without <c>?</c>):
    /// its pairs sorted by key, then value (a key without <c>=</c> gets an empty value).
    /// </summary>
    public static string Query(string rawQuery)
    {
        if (rawQuery.Length == 0)
        {
            return string.Empty;
        }

        var pairs = new List<(string Key, string Value)>();
        foreach (var pair in rawQuery.Split('&'))
        {
            var equals = pair.IndexOf('=');
            pairs.Add(equals < 0 ? (pair, string.Empty) : (pair[..equals], pair[(equals + 1)..]));
        }

        pairs.Sort((a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value);
        });
        var builder = new StringBuilder(rawQuery.Length + 8);
        foreach (var (key, value) in pairs)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(key).Append('=').Append(value);
        }

        return builder.ToString();
    }

    /// <summary>The string to sign for a canonical request.</summary>
    public static string StringToSign(string amzDate, string credentialScope, string canonicalRequest) =>
        $"{Algorithm}\n{amzDate}\n{credentialScope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    /// <summary>The credential scope: <c>date/region/service/aws4_request</c>.</summary>
    public static string Scope(string date, string region, string service) => $"{date}/{region}/{service}/aws4_request";

    /// <summary>The signature of a string to sign, in hex.</summary>
    public static string Signature(string secretAccessKey, string date, string region, string service, string stringToSign)
    {
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    /// <summary>The SHA-256 of a payload, in hex.</summary>
    public static string PayloadHash(ReadOnlySpan<byte> payload) => payload.IsEmpty ? EmptyPayloadHash : Hex(SHA256.HashData(payload));

    /// <summary>
    /// Percent-encodes as AWS does (RFC 3986): letters, digits and <c>-_.~</c> stay, every other
    /// UTF-8 byte becomes <c>%XX</c> (upper case); <c>/</c> stays when <paramref name="keepSlash"/>.
    /// </summary>
    public static string Encode(string value, bool keepSlash = false)
    {
        var needs = false;
        foreach (var c in value)
        {
            if (!IsUnreserved(c) && !(keepSlash && c == '/'))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return value;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (b < 0x80 && (IsUnreserved(c) || (keepSlash && c == '/')))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';

    /// <summary>RFC 3986 remove-dot-segments, also dropping empty segments (as AWS requires).</summary>
    private static string RemoveDotSegments(string path)
    {
        var output = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
            }
            else
            {
                output.Add(segment);
            }
        }

        var first = path[0] == '/' ? "/" : string.Empty;
        var last = path[^1] == '/' && output.Count > 0 ? "/" : string.Empty;
        return first + string.Join('/', output) + last;
    }

    private static void AppendTrimmed(StringBuilder builder, string value)
    {
        var start = builder.Length;
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > start;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
