using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cairn.Server.Lambda;

/// <summary>
/// GetFunction's <c>Code.Location</c>: a URL of this server that serves the function's zip for
/// 10 minutes, signed with a key of this process (as Lambda hands out a presigned S3 URL), so the
/// zip can be fetched without credentials but only through a URL the API gave.
/// </summary>
public sealed class FunctionCodeLocations
{
    public const string RoutePrefix = "/cairn/lambda-code/";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly TimeProvider _time;

    public FunctionCodeLocations(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public string For(Uri server, string codeSha256)
    {
        var hex = Convert.ToHexStringLower(Convert.FromBase64String(codeSha256));
        var expires = _time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{server.GetLeftPart(UriPartial.Authority)}{RoutePrefix}{hex}.zip?Expires={expires}&Signature={Sign(hex, expires)}";
    }

    /// <summary>The code's SHA-256 (base64, as CodeSha256) when the URL's signature is valid and not expired; otherwise null.</summary>
    public string? Check(string hex, string? expires, string? signature)
    {
        if (expires is null || signature is null || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds < _time.GetUtcNow().ToUnixTimeSeconds() || hex.Length != 64 || !hex.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(hex, expires)), Encoding.ASCII.GetBytes(signature))
            ? Convert.ToBase64String(Convert.FromHexString(hex))
            : null;
    }

    private string Sign(string hex, string expires) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(hex + "\n" + expires)));
}
