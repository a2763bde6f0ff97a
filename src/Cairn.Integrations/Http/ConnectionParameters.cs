using System.Net.Http.Headers;
using System.Text;
using Cairn.Json;

namespace Cairn.Integrations.Http;

/// <summary>
/// What a connection adds to an HTTP Task's request: its authorization header (Basic, the API key
/// header, or an OAuth bearer token) and its invocation parameters (headers, query string
/// parameters, body parameters), which take precedence over the task's own of the same name.
/// </summary>
public sealed record ConnectionParameters(
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Body)
{
    /// <summary>The invocation parameters of a connection (<c>AuthParameters.InvocationHttpParameters</c>) with its authorization header, if any.</summary>
    public static ConnectionParameters Of(Connection connection, KeyValuePair<string, string>? authorization)
    {
        var invocation = connection.AuthParameters["InvocationHttpParameters"] as JObject;
        var headers = Read(invocation, "HeaderParameters");
        if (authorization is { } header)
        {
            headers = [.. headers.Where(h => !h.Key.Equals(header.Key, StringComparison.OrdinalIgnoreCase)), header];
        }

        return new ConnectionParameters(headers, Read(invocation, "QueryStringParameters"), Read(invocation, "BodyParameters"));
    }

    /// <summary>The <c>Key</c>/<c>Value</c> entries of a parameter list (EventBridge's ConnectionHttpParameters lists).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(JObject? parameters, string list)
    {
        if (parameters?[list] is not JArray items)
        {
            return [];
        }

        var pairs = new List<KeyValuePair<string, string>>(items.Count);
        foreach (var item in items)
        {
            if (item is JObject entry && entry["Key"] is JString key)
            {
                pairs.Add(new(key.Value, entry["Value"] is { } value ? FormEncoding.Scalar(value) : string.Empty));
            }
        }

        return pairs;
    }

    /// <summary>The Basic authorization header value of a user and password.</summary>
    public static string BasicValue(string user, string password) =>
        new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password))).ToString();
}
