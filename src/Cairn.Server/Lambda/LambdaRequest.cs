using System.Text.Json;
using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;
using Microsoft.AspNetCore.Http;

namespace Cairn.Server.Lambda;

/// <summary>
/// A Lambda API request: the path's parameters, the query string, headers and the body (a JSON
/// object for every action but Invoke), with readers that answer a wrongly typed member as Lambda
/// does.
/// </summary>
public sealed class LambdaRequest
{
    private readonly HttpRequest _http;
    private JsonObject? _json;

    public LambdaRequest(HttpRequest http, byte[] body, Uri serverAddress)
    {
        _http = http;
        Body = body;
        ServerAddress = serverAddress;
    }

    public byte[] Body { get; }

    /// <summary>The address the client reached the server at (for URLs the answer hands out).</summary>
    public Uri ServerAddress { get; }

    /// <summary>A parameter of the path (decoded), e.g. <c>FunctionName</c>.</summary>
    public string Path(string name) => _http.RouteValues[name]?.ToString() ?? string.Empty;

    public string? Query(string name) => _http.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    public IReadOnlyList<string> QueryAll(string name) => _http.Query.TryGetValue(name, out var values) ? values.Where(v => v is not null).Select(v => v!).ToList() : [];

    public string? Header(string name) => _http.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>The body as a JSON object (an empty body is an empty object).</summary>
    public JsonObject Json
    {
        get
        {
            if (_json is not null)
            {
                return _json;
            }

            if (Body.Length == 0)
            {
                return _json = new JsonObject();
            }

            try
            {
                return _json = JsonNode.Parse(Body, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject
                    ?? throw LambdaException.InvalidRequestContent("Could not parse request body into json: the body is not a JSON object");
            }
            catch (JsonException e)
            {
                throw LambdaException.InvalidRequestContent($"Could not parse request body into json: {e.Message}");
            }
        }
    }

    public string? String(string field, JsonObject? from = null) => (from ?? Json)[field] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw Unparsable(field, "a string"),
    };

    public string RequiredString(string field) =>
        String(field) ?? throw LambdaException.Validation($"1 validation error detected: Value null at '{Camel(field)}' failed to satisfy constraint: Member must not be null");

    public int? Int(string field, JsonObject? from = null) => (from ?? Json)[field] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
        _ => throw Unparsable(field, "an integer"),
    };

    public bool? Bool(string field) => Json[field] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw Unparsable(field, "a boolean"),
    };

    public JsonObject? Object(string field, JsonObject? from = null) => (from ?? Json)[field] switch
    {
        null => null,
        JsonObject o => o,
        _ => throw Unparsable(field, "an object"),
    };

    public IReadOnlyList<string>? Strings(string field) => Json[field] switch
    {
        null => null,
        JsonArray a when a.All(e => e is JsonValue v && v.GetValueKind() == JsonValueKind.String) => a.Select(e => e!.GetValue<string>()).ToList(),
        _ => throw Unparsable(field, "a list of strings"),
    };

    /// <summary>A map of strings (<c>Tags</c>, <c>Environment.Variables</c>).</summary>
    public Dictionary<string, string>? StringMap(string field, JsonObject? from = null)
    {
        if (Object(field, from) is not { } map)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            result[key] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Unparsable(field, "a map of strings");
        }

        return result;
    }

    /// <summary>MaxItems of a listing: 1 to 10000, default 50 (Lambda's).</summary>
    public int MaxItems()
    {
        var text = Query("MaxItems");
        if (text is null)
        {
            return 50;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > 10000)
        {
            throw LambdaException.Validation($"1 validation error detected: Value '{text}' at 'maxItems' failed to satisfy constraint: Member must have value {(n < 1 ? "greater than or equal to 1" : "less than or equal to 10000")}");
        }

        return n;
    }

    private static LambdaException Unparsable(string field, string what) =>
        LambdaException.InvalidRequestContent($"Could not parse request body into json: Could not parse '{field}': expected {what}");

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
