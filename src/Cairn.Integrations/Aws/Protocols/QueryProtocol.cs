using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Signing;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>
/// The query protocol (SNS, STS, IAM) and its EC2 dialect: the input as form fields
/// (<c>Action</c>, <c>Version</c>, <c>Name.member.1</c>, <c>Name.entry.1.key</c>; EC2: <c>Name.1</c>
/// with <c>queryName</c>s), the output as XML inside the operation's result wrapper.
/// </summary>
internal sealed class QueryProtocol : AwsProtocol
{
    public static readonly QueryProtocol Query = new(ec2: false);
    public static readonly QueryProtocol Ec2 = new(ec2: true);

    private readonly bool _ec2;

    private QueryProtocol(bool ec2) => _ec2 = ec2;

    public override AwsRequest Serialize(ServiceModel model, Operation operation, JObject input)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Action", operation.Name), new("Version", model.ApiVersion) };
        if (operation.Input is { } shape)
        {
            Structure(fields, input, shape, string.Empty, operation.Name);
        }

        var body = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            if (body.Length > 0)
            {
                body.Append('&');
            }

            body.Append(SigV4Canonical.Encode(key)).Append('=').Append(SigV4Canonical.Encode(value));
        }

        var request = new AwsRequest("POST", "/", string.Empty, Encoding.UTF8.GetBytes(body.ToString()));
        request.Headers.Add(new("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"));
        return request;
    }

    public override JObject ParseOutput(ServiceModel model, Operation operation, AwsHttpResponse response, OutputStyle style)
    {
        if (operation.Output is not { } shape)
        {
            return JObject.Empty;
        }

        var root = RestXmlProtocol.TryRoot(response) ?? throw Unreadable(response, "a body that is not XML");
        var result = _ec2 || operation.ResultWrapper is null ? root : XmlShapes.Descendant(root, operation.ResultWrapper);
        return result is null ? JObject.Empty : (JObject)XmlShapes.Parse(result, shape, style);
    }

    public override AwsServiceException ParseError(ServiceModel model, Operation operation, AwsHttpResponse response)
    {
        var root = RestXmlProtocol.TryRoot(response);
        var error = root is null ? null : root.Name.LocalName == "Error" ? root : XmlShapes.Descendant(root, "Error");
        var code = error is null ? null : XmlShapes.Children(error, "Code").FirstOrDefault()?.Value;
        if (code is null)
        {
            return StatusError(response, Encoding.UTF8.GetString(response.Body));
        }

        var message = XmlShapes.Children(error!, "Message").FirstOrDefault()?.Value ?? string.Empty;
        var requestId = (root is null ? null : XmlShapes.Descendant(root, "RequestId")?.Value ?? XmlShapes.Descendant(root, "RequestID")?.Value) ?? response.RequestId;
        return new AwsServiceException(code, message, response.Status, requestId, model.FindError(code));
    }

    private void Structure(List<KeyValuePair<string, string>> fields, JObject value, Shape shape, string prefix, string where)
    {
        foreach (var (name, memberValue) in value)
        {
            if (memberValue.IsNull)
            {
                continue;
            }

            var member = shape.FindMember(name) ?? throw new AwsParameterException($"'{where}' has no member '{name}'");
            var key = _ec2 ? member.QueryName ?? Capitalize(member.LocationName ?? member.Name) : member.LocationName ?? member.Name;
            Value(fields, memberValue, member, prefix.Length == 0 ? key : $"{prefix}.{key}", $"{where}.{name}");
        }
    }

    private void Value(List<KeyValuePair<string, string>> fields, JValue value, ShapeMember reference, string prefix, string where)
    {
        var shape = reference.Shape;
        switch (shape.Type)
        {
            case "structure":
                Structure(fields, ProtocolValues.Expect<JObject>(value, where, "an object"), shape, prefix, where);
                break;
            case "list":
                var list = ProtocolValues.Expect<JArray>(value, where, "an array");
                if (list.Count == 0)
                {
                    if (!_ec2)
                    {
                        fields.Add(new(prefix, string.Empty));
                    }

                    break;
                }

                string listPrefix;
                if (_ec2)
                {
                    listPrefix = prefix;
                }
                else if (reference.IsFlattened)
                {
                    listPrefix = shape.Member!.LocationName is { } itemName ? ReplaceLast(prefix, itemName) : prefix;
                }
                else
                {
                    listPrefix = $"{prefix}.{shape.Member!.LocationName ?? "member"}";
                }

                for (var i = 0; i < list.Count; i++)
                {
                    Value(fields, list[i], shape.Member!, $"{listPrefix}.{i + 1}", $"{where}[{i}]");
                }

                break;
            case "map":
                var map = ProtocolValues.Expect<JObject>(value, where, "an object");
                var mapPrefix = reference.IsFlattened ? prefix : $"{prefix}.entry";
                var index = 1;
                foreach (var (key, entry) in map)
                {
                    fields.Add(new($"{mapPrefix}.{index}.{shape.Key!.LocationName ?? "key"}", key));
                    Value(fields, entry, shape.Value!, $"{mapPrefix}.{index}.{shape.Value!.LocationName ?? "value"}", $"{where}.{key}");
                    index++;
                }

                break;
            default:
                fields.Add(new(prefix, ProtocolValues.ScalarText(value, shape.Type, reference.TimestampFormat ?? shape.TimestampFormat ?? ProtocolValues.Iso8601, where)));
                break;
        }
    }

    private static string ReplaceLast(string prefix, string name)
    {
        var dot = prefix.LastIndexOf('.');
        return dot < 0 ? name : prefix[..(dot + 1)] + name;
    }

    private static string Capitalize(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
