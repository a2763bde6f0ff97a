using System.Security.Cryptography;
using System.Text;

namespace Cairn.Server.Protocol;

/// <summary>
/// Pagination tokens: an opaque encoding of where the next page starts, bound to the listing it
/// came from (action and resource), so a token from another listing is an InvalidToken.
/// </summary>
public static class PageTokens
{
    private const int MaxLength = 1024;

    public static string Encode(string scope, long position) =>
        Base64Url($"{ScopeHash(scope)}:{position.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    /// <summary>The position a token names (0 when there is no token); InvalidToken when it is not one of ours for this scope.</summary>
    public static long Decode(ApiRequest request, string scope, string field = "nextToken")
    {
        var token = request.OptionalString(field, 1, MaxLength);
        if (token is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (token.Length % 4)) % 4)));
            var colon = text.IndexOf(':');
            if (colon > 0 && text[..colon] == ScopeHash(scope) && long.TryParse(text.AsSpan(colon + 1), out var position) && position > 0)
            {
                return position;
            }
        }
        catch (FormatException)
        {
        }

        throw ApiErrors.InvalidToken();
    }

    private static string ScopeHash(string scope) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scope)), 0, 8);

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
