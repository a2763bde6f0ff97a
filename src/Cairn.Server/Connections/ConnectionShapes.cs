using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cairn.Integrations.Http;
using Cairn.Json;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Connections;

/// <summary>
/// EventBridge's connection requests and answers: the name and AuthParameters rules, the
/// connection as DescribeConnection shows it (secrets left out), and the errors.
/// </summary>
internal static partial class ConnectionShapes
{
    /// <summary>EventBridge's X-Amz-Target prefix (AWS JSON 1.1).</summary>
    public const string TargetPrefix = "AWSEvents.";

    /// <summary>EventBridge speaks AWS JSON 1.1: its answers are <c>application/x-amz-json-1.1</c>.</summary>
    public const string JsonVersion = "1.1";

    /// <summary>All connections answer in this state: Cairn authorizes OAuth connections when a task first uses them.</summary>
    public const string Authorized = "AUTHORIZED";

    public static readonly IReadOnlyList<string> States = ["CREATING", "UPDATING", "DELETING", "AUTHORIZED", "DEAUTHORIZED", "AUTHORIZING", "DEAUTHORIZING", "ACTIVE", "FAILED_CONNECTIVITY"];

    private static readonly string[] OAuthMethods = ["GET", "POST", "PUT"];

    public static string RequireName(ApiRequest request, string field = "Name")
    {
        var name = request.RequiredString(field, 1, 64);
        return NamePattern().IsMatch(name)
            ? name
            : throw ApiErrors.Constraint(Camel(field), name, @"Member must satisfy regular expression pattern: [\.\-_A-Za-z0-9]+");
    }

    public static ApiException NotFound(string name) =>
        new("ResourceNotFoundException", $"Failed to describe the connection(s). Connection '{name}' does not exist.");

    /// <summary>The AuthParameters of a request, checked against the authorization type (null when absent).</summary>
    public static JObject? ReadAuthParameters(ApiRequest request, bool required)
    {
        var node = request.OptionalObject("AuthParameters");
        if (node is null)
        {
            return required ? throw ApiErrors.Missing("authParameters") : null;
        }

        var parameters = (JObject)JValue.Parse(node.ToJsonString());
        CheckHttpParameters(parameters["InvocationHttpParameters"], "InvocationHttpParameters");
        return parameters;
    }

    /// <summary>That the merged parameters carry what the authorization type needs.</summary>
    public static void CheckComplete(string authorizationType, JObject parameters)
    {
        switch (authorizationType)
        {
            case Connection.Basic:
                RequireFields(parameters, "BasicAuthParameters", authorizationType, "Username", "Password");
                break;
            case Connection.ApiKey:
                RequireFields(parameters, "ApiKeyAuthParameters", authorizationType, "ApiKeyName", "ApiKeyValue");
                break;
            case Connection.OAuthClientCredentials:
                var oauth = RequireFields(parameters, "OAuthParameters", authorizationType, "AuthorizationEndpoint", "HttpMethod");
                if (oauth["ClientParameters"] is not JObject client || client["ClientID"] is not JString || client["ClientSecret"] is not JString)
                {
                    throw ApiErrors.Validation("OAuthParameters.ClientParameters with ClientID and ClientSecret must be specified for OAUTH_CLIENT_CREDENTIALS authorization type.");
                }

                var method = ((JString)oauth["HttpMethod"]!).Value;
                if (!OAuthMethods.Contains(method, StringComparer.Ordinal))
                {
                    throw ApiErrors.Constraint("authParameters.oAuthParameters.httpMethod", method, "Member must satisfy enum value set: [GET, POST, PUT]");
                }

                var endpoint = ((JString)oauth["AuthorizationEndpoint"]!).Value;
                if (endpoint.Length > 2048 || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    throw ApiErrors.Validation($"Invalid AuthorizationEndpoint '{endpoint}': it must be an http(s) URL of at most 2048 characters.");
                }

                CheckHttpParameters(oauth["OAuthHttpParameters"], "OAuthParameters.OAuthHttpParameters");
                break;
        }
    }

    /// <summary>Old parameters with new ones over them, section by section and field by field (UpdateConnection).</summary>
    public static JObject Merge(JObject old, JObject update)
    {
        var merged = old;
        foreach (var (key, value) in update.Members.ToArray())
        {
            merged = merged.With(key, value is JObject section && merged[key] is JObject existing && key != "InvocationHttpParameters" ? Merge(existing, section) : value);
        }

        return merged;
    }

    public static JsonObject Describe(Connection connection)
    {
        var body = new JsonObject
        {
            ["ConnectionArn"] = connection.Arn,
            ["Name"] = connection.Name,
        };
        if (connection.Description is not null)
        {
            body["Description"] = connection.Description;
        }

        body["ConnectionState"] = Authorized;
        body["AuthorizationType"] = connection.AuthorizationType;
        body["SecretArn"] = connection.SecretArn;
        body["AuthParameters"] = JsonNode.Parse(WithoutSecrets(connection.AuthParameters).ToJson());
        AddTimes(body, connection);
        return body;
    }

    public static JsonObject Summary(Connection connection, string? state = null)
    {
        var body = new JsonObject
        {
            ["ConnectionArn"] = connection.Arn,
            ["Name"] = connection.Name,
            ["ConnectionState"] = state ?? Authorized,
            ["AuthorizationType"] = connection.AuthorizationType,
        };
        AddTimes(body, connection);
        return body;
    }

    public static JsonObject Changed(Connection connection, string state)
    {
        var body = new JsonObject
        {
            ["ConnectionArn"] = connection.Arn,
            ["ConnectionState"] = state,
        };
        AddTimes(body, connection);
        return body;
    }

    private static void AddTimes(JsonObject body, Connection connection)
    {
        body["CreationTime"] = MachineDescriptions.Timestamp(connection.CreationTime);
        body["LastModifiedTime"] = MachineDescriptions.Timestamp(connection.LastModifiedTime);
        body["LastAuthorizedTime"] = MachineDescriptions.Timestamp(connection.LastAuthorizedTime ?? connection.LastModifiedTime);
    }

    /// <summary>AuthParameters as DescribeConnection shows them: no password, API key value or client secret, no secret parameter values.</summary>
    private static JObject WithoutSecrets(JObject parameters)
    {
        var shown = new JObjectBuilder(4);
        if (parameters["BasicAuthParameters"] is JObject basic)
        {
            shown.Set("BasicAuthParameters", Only(basic, "Username"));
        }

        if (parameters["ApiKeyAuthParameters"] is JObject apiKey)
        {
            shown.Set("ApiKeyAuthParameters", Only(apiKey, "ApiKeyName"));
        }

        if (parameters["OAuthParameters"] is JObject oauth)
        {
            var o = new JObjectBuilder(4);
            if (oauth["ClientParameters"] is JObject client)
            {
                o.Set("ClientParameters", Only(client, "ClientID"));
            }

            foreach (var key in new[] { "AuthorizationEndpoint", "HttpMethod" })
            {
                if (oauth[key] is { } value)
                {
                    o.Set(key, value);
                }
            }

            if (oauth["OAuthHttpParameters"] is JObject http)
            {
                o.Set("OAuthHttpParameters", HttpParametersWithoutSecrets(http));
            }

            shown.Set("OAuthParameters", o.Build());
        }

        if (parameters["InvocationHttpParameters"] is JObject invocation)
        {
            shown.Set("InvocationHttpParameters", HttpParametersWithoutSecrets(invocation));
        }

        return shown.Build();
    }

    private static JObject HttpParametersWithoutSecrets(JObject http)
    {
        var shown = new JObjectBuilder(3);
        foreach (var (list, value) in http.Members.ToArray())
        {
            shown.Set(list, value is JArray items
                ? JArray.Create(items.Select(i => i is JObject entry && entry["IsValueSecret"] is JBool { Value: true } ? entry.Without("Value") : i))
                : value);
        }

        return shown.Build();
    }

    private static JObject Only(JObject section, string key) =>
        section[key] is { } value ? JObject.Create((key, value)) : JObject.Empty;

    private static JObject RequireFields(JObject parameters, string section, string authorizationType, params string[] fields)
    {
        if (parameters[section] is not JObject found || fields.Any(f => found[f] is not JString s || s.Value.Length is 0 or > 2048))
        {
            throw ApiErrors.Validation($"{section} with {string.Join(" and ", fields)} must be specified for {authorizationType} authorization type.");
        }

        return found;
    }

    private static void CheckHttpParameters(JValue? value, string where)
    {
        if (value is null)
        {
            return;
        }

        if (value is not JObject lists)
        {
            throw ApiErrors.Serialization($"Expected an object for '{where}'");
        }

        foreach (var (list, items) in lists.Members.ToArray())
        {
            if (items is not JArray array || array.Count > 100 || array.Any(i => i is not JObject entry || entry["Key"] is not JString { Value.Length: > 0 and <= 512 }))
            {
                throw ApiErrors.Validation($"{where}.{list} must be a list of at most 100 entries, each with a Key of 1 to 512 characters.");
            }

            if (list == "HeaderParameters" && array.Any(i => !HeaderKeyPattern().IsMatch(((JString)((JObject)i)["Key"]!).Value)))
            {
                throw ApiErrors.Validation($"{where}.HeaderParameters: a Key is not a valid HTTP header name.");
            }
        }
    }

    private static string Camel(string field) => char.ToLowerInvariant(field[0]) + field[1..];

    [GeneratedRegex(@"^[\.\-_A-Za-z0-9]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[!#$%&'*+\\-.^_`|~0-9a-zA-Z]+$")]
    private static partial Regex HeaderKeyPattern();
}
