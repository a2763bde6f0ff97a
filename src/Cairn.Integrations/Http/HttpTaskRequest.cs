using System.Text;
using Cairn.Json;

namespace Cairn.Integrations.Http;

/// <summary>
/// An HTTP Task's parameters, checked: <c>ApiEndpoint</c> (an absolute http(s) URL), <c>Method</c>,
/// <c>Authentication.ConnectionArn</c> or <c>InvocationConfig.ConnectionArn</c>, <c>Headers</c>,
/// <c>QueryParameters</c>, <c>RequestBody</c> and <c>Transform</c> (<c>RequestBodyEncoding</c>
/// NONE|URL_ENCODED, <c>RequestEncodingOptions.ArrayFormat</c>).
/// </summary>
public sealed record HttpTaskRequest(
    Uri Endpoint,
    string Method,
    string ConnectionArn,
    JObject Headers,
    JObject QueryParameters,
    JValue? RequestBody,
    bool UrlEncoded,
    string ArrayFormat)
{
    private static readonly string[] Fields = ["ApiEndpoint", "Method", "Authentication", "InvocationConfig", "Headers", "QueryParameters", "RequestBody", "Transform"];

    /// <summary>Headers a task cannot set: the transport's own, and AWS's.</summary>
    private static readonly string[] ReservedHeaders = ["host", "content-length", "connection", "transfer-encoding", "expect", "upgrade", "te", "keep-alive", "trailer", "proxy-authorization"];

    /// <exception cref="HttpTaskException">A parameter is missing or not valid (<c>States.Runtime</c>, saying which).</exception>
    public static HttpTaskRequest Read(JValue parameters)
    {
        if (parameters is not JObject p)
        {
            throw Invalid("The HTTP Task's parameters must be an object with ApiEndpoint, Method and Authentication.");
        }

        foreach (var key in p.Keys)
        {
            if (!Fields.Contains(key, StringComparer.Ordinal))
            {
                throw Invalid($"The field '{key}' is not supported by the HTTP Task (supported: {string.Join(", ", Fields)}).");
            }
        }

        var endpointText = p["ApiEndpoint"] is JString e ? e.Value : throw Invalid("The HTTP Task's parameter 'ApiEndpoint' is required and must be a string.");
        if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https") || endpoint.Host.Length == 0)
        {
            throw Invalid($"The ApiEndpoint '{endpointText}' is not an absolute http(s) URL.");
        }

        var method = p["Method"] is JString m ? m.Value.ToUpperInvariant() : throw Invalid("The HTTP Task's parameter 'Method' is required and must be a string.");
        if (!HttpTaskHandler.Methods.Contains(method, StringComparer.Ordinal))
        {
            throw Invalid($"The Method '{method}' is not supported (supported: {string.Join(", ", HttpTaskHandler.Methods)}).");
        }

        var connection = ((p["Authentication"] ?? p["InvocationConfig"]) as JObject)?["ConnectionArn"] is JString arn
            ? arn.Value
            : throw Invalid("The HTTP Task needs a connection: 'Authentication': {'ConnectionArn': 'arn:aws:events:REGION:ACCOUNT:connection/NAME/ID'}.");
        var headers = Object(p, "Headers");
        foreach (var header in headers.Keys)
        {
            if (ReservedHeaders.Contains(header.ToLowerInvariant(), StringComparer.Ordinal)
                || header.StartsWith("x-amz", StringComparison.OrdinalIgnoreCase) || header.StartsWith("aws", StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid($"The header '{header}' cannot be set by an HTTP Task.");
            }
        }

        var urlEncoded = false;
        var arrayFormat = FormEncoding.Indices;
        if (p["Transform"] is JObject transform)
        {
            var encoding = transform["RequestBodyEncoding"] is JString enc ? enc.Value : "NONE";
            urlEncoded = encoding switch
            {
                "URL_ENCODED" => true,
                "NONE" => false,
                _ => throw Invalid($"The RequestBodyEncoding '{encoding}' is not supported (NONE, URL_ENCODED)."),
            };
            if ((transform["RequestEncodingOptions"] as JObject)?["ArrayFormat"] is JString format)
            {
                arrayFormat = FormEncoding.ArrayFormats.Contains(format.Value, StringComparer.Ordinal)
                    ? format.Value
                    : throw Invalid($"The ArrayFormat '{format.Value}' is not supported ({string.Join(", ", FormEncoding.ArrayFormats)}).");
            }
        }
        else if (p["Transform"] is { } other)
        {
            throw Invalid($"The HTTP Task's parameter 'Transform' must be an object, not {other.ToJson()}.");
        }

        var body = p["RequestBody"];
        if (urlEncoded && body is not (null or JObject))
        {
            throw Invalid("A RequestBody encoded as URL_ENCODED must be a JSON object.");
        }

        return new HttpTaskRequest(endpoint, method, connection, headers, Object(p, "QueryParameters"), body, urlEncoded, arrayFormat);
    }

    /// <summary>The request to send, with the connection's parameters in it (they win over the task's).</summary>
    public HttpRequestMessage ToMessage(ConnectionParameters connection)
    {
        var query = FormEncoding.Pairs(QueryParameters, ArrayFormat).ToList();
        Override(query, connection.Query);
        var uri = Endpoint;
        if (query.Count > 0)
        {
            var existing = Endpoint.Query.Length > 1 ? Endpoint.Query[1..] + "&" : string.Empty;
            uri = new UriBuilder(Endpoint) { Query = existing + FormEncoding.Encode(query) }.Uri;
        }

        var message = new HttpRequestMessage(new HttpMethod(Method), uri);
        var headers = Headers.Members.ToArray().Select(h => new KeyValuePair<string, string>(h.Key, FormEncoding.Scalar(h.Value))).ToList();
        Override(headers, connection.Headers);
        var contentType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        var content = Content(connection.Body);
        if (content is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType ?? (UrlEncoded ? "application/x-www-form-urlencoded" : "application/json; charset=UTF-8"));
        }

        foreach (var (name, value) in headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    private string? Content(IReadOnlyList<KeyValuePair<string, string>> connectionBody)
    {
        if (UrlEncoded)
        {
            var pairs = FormEncoding.Pairs(RequestBody as JObject ?? JObject.Empty, ArrayFormat).ToList();
            Override(pairs, connectionBody);
            return FormEncoding.Encode(pairs);
        }

        var body = RequestBody;
        if (body is JObject o && connectionBody.Count > 0)
        {
            foreach (var (key, value) in connectionBody)
            {
                o = o.With(key, new JString(value));
            }

            body = o;
        }
        else if (body is null && connectionBody.Count > 0 && Method is not ("GET" or "HEAD"))
        {
            body = JObject.Create(connectionBody.Select(b => new KeyValuePair<string, JValue>(b.Key, new JString(b.Value))));
        }

        return body switch
        {
            null => null,
            JString s => s.Value,
            _ => body.ToJson(),
        };
    }

    private static void Override(List<KeyValuePair<string, string>> pairs, IReadOnlyList<KeyValuePair<string, string>> winners)
    {
        foreach (var winner in winners)
        {
            pairs.RemoveAll(p => p.Key.Equals(winner.Key, StringComparison.OrdinalIgnoreCase));
        }

        pairs.AddRange(winners);
    }

    private static JObject Object(JObject parameters, string name) => parameters[name] switch
    {
        null => JObject.Empty,
        JObject o => o,
        var other => throw Invalid($"The HTTP Task's parameter '{name}' must be an object, not {other.ToJson()}."),
    };

    private static HttpTaskException Invalid(string message) => new(Asl.StatesErrors.Runtime, message);
}
