using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Signing;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>
/// The HTTP bindings the REST protocols share: members bound to the URI (<c>{Label}</c>,
/// <c>{Label+}</c>), the query string, headers (and header maps by prefix), the status code.
/// </summary>
internal static class RestBinding
{
    /// <summary>The request with method, path, query and headers bound; the body is left to the protocol.</summary>
    public static AwsRequest Bind(Operation operation, JObject input, byte[] body)
    {
        var shape = operation.Input;
        var uri = operation.RequestUri;
        var queryStart = uri.IndexOf('?');
        var pathTemplate = queryStart < 0 ? uri : uri[..queryStart];
        var query = new List<string>();
        if (queryStart >= 0)
        {
            foreach (var fixedPair in uri[(queryStart + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                query.Add(fixedPair);
            }
        }

        var headers = new List<KeyValuePair<string, string>>();
        var path = new StringBuilder();
        var labels = new Dictionary<string, (string Value, bool Greedy)>(StringComparer.Ordinal);
        if (shape is not null)
        {
            foreach (var member in shape.Members)
            {
                if (input[member.Name] is not { IsNull: false } value)
                {
                    continue;
                }

                var where = $"{operation.Name}.{member.Name}";
                switch (member.Location)
                {
                    case "uri":
                        labels[member.WireName] = (ProtocolValues.ScalarText(value, member.Shape.Type, member.TimestampFormat ?? ProtocolValues.Iso8601, where), false);
                        break;
                    case "querystring":
                        AddQuery(query, member, value, where);
                        break;
                    case "header":
                        headers.Add(new(member.WireName, HeaderText(member, value, where)));
                        break;
                    case "headers":
                        foreach (var (key, entry) in ProtocolValues.Expect<JObject>(value, where, "an object"))
                        {
                            headers.Add(new((member.LocationName ?? string.Empty) + key, ProtocolValues.ScalarText(entry, "string", ProtocolValues.Iso8601, where)));
                        }

                        break;
                }
            }

            foreach (var member in shape.Members)
            {
                if (member.Location == "uri" && !labels.ContainsKey(member.WireName) && shape.Required.Contains(member.Name))
                {
                    throw new AwsParameterException($"The parameter '{member.Name}' is required by {operation.Name}");
                }
            }
        }

        var i = 0;
        while (i < pathTemplate.Length)
        {
            var open = pathTemplate.IndexOf('{', i);
            if (open < 0)
            {
                path.Append(pathTemplate, i, pathTemplate.Length - i);
                break;
            }

            path.Append(pathTemplate, i, open - i);
            var close = pathTemplate.IndexOf('}', open);
            var name = pathTemplate[(open + 1)..close];
            var greedy = name.EndsWith('+');
            name = name.TrimEnd('+');
            if (labels.TryGetValue(name, out var label))
            {
                path.Append(SigV4Canonical.Encode(label.Value, keepSlash: greedy));
            }

            i = close + 1;
        }

        var request = new AwsRequest(operation.HttpMethod, path.Length == 0 ? "/" : path.ToString(), string.Join('&', query), body);
        request.Headers.AddRange(headers);
        return request;
    }

    /// <summary>Output members bound to the status code and headers.</summary>
    public static void ReadBound(Shape shape, AwsHttpResponse response, JObjectBuilder output, OutputStyle style)
    {
        foreach (var member in shape.Members)
        {
            var name = JsonShapes.OutputName(member.Name, style);
            switch (member.Location)
            {
                case "statusCode":
                    output.Set(name, JNumber.From(response.Status));
                    break;
                case "header" when response.Header(member.WireName) is { } text:
                    output.Set(name, member.JsonValue
                        ? JsonHeader(text)
                        : member.Shape.Type == "list"
                            ? JArray.Create(text.Split(',').Select(part => (JValue)new JString(part.Trim())))
                            : ProtocolValues.ParseScalar(text, member.Shape, style));
                    break;
                case "headers":
                    var prefix = member.LocationName ?? string.Empty;
                    var map = new JObjectBuilder();
                    foreach (var (key, value) in response.Headers)
                    {
                        if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                        {
                            map.Set(key[prefix.Length..].ToLowerInvariant(), new JString(value));
                        }
                    }

                    output.Set(name, map.Build());
                    break;
            }
        }
    }

    /// <summary>
    /// The output of a REST response: members bound to the status and headers, then the payload
    /// member (a blob in base64, a string as text, a structure read by <paramref name="readBody"/>)
    /// or the body's members.
    /// </summary>
    public static JObject ReadOutput(Operation operation, AwsHttpResponse response, OutputStyle style, Func<Shape, JValue> readBody)
    {
        if (operation.Output is not { } shape)
        {
            return JObject.Empty;
        }

        var output = new JObjectBuilder(shape.Members.Count);
        ReadBound(shape, response, output, style);
        if (shape.Payload is { } payloadName)
        {
            var member = shape.FindMember(payloadName)!;
            var name = JsonShapes.OutputName(member.Name, style);
            switch (member.Shape.Type)
            {
                case "blob":
                    output.Set(name, new JString(Convert.ToBase64String(response.Body)));
                    break;
                case "string":
                    output.Set(name, new JString(Encoding.UTF8.GetString(response.Body)));
                    break;
                default:
                    if (response.Body.Length > 0)
                    {
                        output.Set(name, readBody(member.Shape));
                    }

                    break;
            }
        }
        else if (HasBodyMembers(shape) && response.Body.Length > 0)
        {
            foreach (var (key, value) in (JObject)readBody(shape))
            {
                output.Set(key, value);
            }
        }

        return output.Build();
    }

    /// <summary>Whether the shape has members carried in the body.</summary>
    public static bool HasBodyMembers(Shape shape) => shape.Members.Any(m => m.Location is null);

    private static void AddQuery(List<string> query, ShapeMember member, JValue value, string where)
    {
        switch (member.Shape.Type)
        {
            case "list":
                foreach (var item in ProtocolValues.Expect<JArray>(value, where, "an array"))
                {
                    query.Add(Pair(member.WireName, ProtocolValues.ScalarText(item, member.Shape.Member!.Shape.Type, ProtocolValues.Iso8601, where)));
                }

                break;
            case "map":
                foreach (var (key, entry) in ProtocolValues.Expect<JObject>(value, where, "an object"))
                {
                    if (entry is JArray many)
                    {
                        foreach (var item in many)
                        {
                            query.Add(Pair(key, ProtocolValues.ScalarText(item, "string", ProtocolValues.Iso8601, where)));
                        }
                    }
                    else
                    {
                        query.Add(Pair(key, ProtocolValues.ScalarText(entry, "string", ProtocolValues.Iso8601, where)));
                    }
                }

                break;
            default:
                query.Add(Pair(member.WireName, ProtocolValues.ScalarText(value, member.Shape.Type, member.TimestampFormat ?? ProtocolValues.Iso8601, where)));
                break;
        }
    }

    private static string HeaderText(ShapeMember member, JValue value, string where)
    {
        if (member.JsonValue)
        {
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(value is JString s ? s.Value : value.ToJson()));
        }

        if (member.Shape.Type == "list")
        {
            return string.Join(',', ProtocolValues.Expect<JArray>(value, where, "an array").Select(v => ProtocolValues.ScalarText(v, member.Shape.Member!.Shape.Type, ProtocolValues.Rfc822, where)));
        }

        return ProtocolValues.ScalarText(value, member.Shape.Type, member.TimestampFormat ?? ProtocolValues.Rfc822, where);
    }

    private static JValue JsonHeader(string text)
    {
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(text));
            return JValue.TryParse(json, out var value, out _) ? value : new JString(json);
        }
        catch (FormatException)
        {
            return new JString(text);
        }
    }

    private static string Pair(string key, string value) => $"{SigV4Canonical.Encode(key)}={SigV4Canonical.Encode(value)}";
}
