using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Cairn.Json;

namespace Cairn.Integrations.Http;

/// <summary>
/// The authorization header a connection gives a request: <c>BASIC</c> (Username, Password),
/// <c>API_KEY</c> (the ApiKeyName header with the ApiKeyValue), or <c>OAUTH_CLIENT_CREDENTIALS</c>:
/// a token fetched from the AuthorizationEndpoint with the client ID and secret as Basic credentials
/// and the connection's OAuthHttpParameters, kept until shortly before it expires, then a bearer
/// token on each request.
/// </summary>
public sealed class ConnectionAuthorizer(HttpClient client, TimeProvider? time = null)
{
    /// <summary>The most bytes an authorization endpoint's answer may have.</summary>
    public const int MaxTokenResponseBytes = 64 * 1024;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);

    /// <exception cref="HttpTaskException">The connection's parameters are incomplete, or its OAuth endpoint refused or did not answer.</exception>
    public async Task<KeyValuePair<string, string>?> AuthorizationAsync(Connection connection, CancellationToken cancellationToken)
    {
        var auth = connection.AuthParameters;
        switch (connection.AuthorizationType)
        {
            case Connection.Basic:
                var basic = Section(auth, "BasicAuthParameters", connection);
                return new("Authorization", ConnectionParameters.BasicValue(Required(basic, "Username", connection), Required(basic, "Password", connection)));
            case Connection.ApiKey:
                var key = Section(auth, "ApiKeyAuthParameters", connection);
                return new(Required(key, "ApiKeyName", connection), Required(key, "ApiKeyValue", connection));
            case Connection.OAuthClientCredentials:
                return new("Authorization", "Bearer " + await TokenAsync(connection, cancellationToken).ConfigureAwait(false));
            default:
                return null;
        }
    }

    private async Task<string> TokenAsync(Connection connection, CancellationToken cancellationToken)
    {
        var cacheKey = connection.Arn + "@" + connection.LastModifiedTime.ToUnixTimeMilliseconds();
        if (_tokens.TryGetValue(cacheKey, out var cached) && cached.Until > _time.GetUtcNow())
        {
            return cached.Token;
        }

        var oauth = Section(connection.AuthParameters, "OAuthParameters", connection);
        var clientParameters = oauth["ClientParameters"] as JObject ?? throw Incomplete(connection, "OAuthParameters.ClientParameters");
        var endpoint = Required(oauth, "AuthorizationEndpoint", connection);
        var method = oauth["HttpMethod"] is JString m ? m.Value : "POST";
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new HttpTaskException(Asl.StatesErrors.Runtime, $"The connection '{connection.Name}' has an AuthorizationEndpoint that is not an http(s) URL: {endpoint}");
        }

        var httpParameters = oauth["OAuthHttpParameters"] as JObject;
        var query = ConnectionParameters.Read(httpParameters, "QueryStringParameters");
        if (query.Count > 0)
        {
            uri = new UriBuilder(uri) { Query = (uri.Query.Length > 1 ? uri.Query[1..] + "&" : string.Empty) + FormEncoding.Encode(query) }.Uri;
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        request.Headers.TryAddWithoutValidation("Authorization", ConnectionParameters.BasicValue(Required(clientParameters, "ClientID", connection), Required(clientParameters, "ClientSecret", connection)));
        foreach (var (name, value) in ConnectionParameters.Read(httpParameters, "HeaderParameters"))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var body = ConnectionParameters.Read(httpParameters, "BodyParameters");
        if (method != "GET")
        {
            request.Content = new StringContent(FormEncoding.Encode(body), Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        HttpResponseMessage response;
        string text;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            text = await HttpTaskHandler.ReadBoundedAsync(response, MaxTokenResponseBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new HttpTaskException(HttpTaskHandler.SocketError, $"The connection '{connection.Name}' could not be authorized: {endpoint}: {e.Message}");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpTaskException(HttpTaskHandler.StatusCodeError((int)response.StatusCode),
                    $"The connection '{connection.Name}' could not be authorized: {endpoint} answered HTTP {(int)response.StatusCode}: {Shorten(text)}");
            }

            if (!JValue.TryParse(text, out var parsed, out _) || parsed is not JObject answer || answer["access_token"] is not JString token)
            {
                throw new HttpTaskException(Asl.StatesErrors.Runtime, $"The connection '{connection.Name}' could not be authorized: {endpoint} answered without an access_token: {Shorten(text)}");
            }

            var lifetime = answer["expires_in"] is JNumber seconds && seconds.DoubleValue > 0 ? TimeSpan.FromSeconds(seconds.DoubleValue) : TimeSpan.FromMinutes(5);
            _tokens[cacheKey] = (token.Value, _time.GetUtcNow() + lifetime - TimeSpan.FromSeconds(Math.Min(30, lifetime.TotalSeconds / 2)));
            return token.Value;
        }
    }

    private static JObject Section(JObject auth, string name, Connection connection) =>
        auth[name] as JObject ?? throw Incomplete(connection, name);

    private static string Required(JObject section, string name, Connection connection) =>
        section[name] is JString s ? s.Value : throw Incomplete(connection, name);

    private static HttpTaskException Incomplete(Connection connection, string what) =>
        new(Asl.StatesErrors.Runtime, $"The connection '{connection.Name}' ({connection.AuthorizationType}) has no {what}.");

    private static string Shorten(string text) => text.Length <= 512 ? text : text[..512] + "...";
}
