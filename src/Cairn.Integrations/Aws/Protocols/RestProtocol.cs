using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>
/// What REST-JSON and REST-XML share in a request: the body is the payload member (a blob's bytes,
/// a string's text, a structure in the protocol's format) or else the body members in the
/// protocol's format; the rest of the input goes where the operation's HTTP binding puts it.
/// </summary>
internal abstract class RestProtocol : AwsProtocol
{
    public sealed override AwsRequest Serialize(ServiceModel model, Operation operation, JObject input)
    {
        byte[] body = [];
        string? contentType = null;
        if (operation.Input is { } shape)
        {
            if (shape.Payload is { } payloadName)
            {
                var member = shape.FindMember(payloadName)!;
                var where = $"{operation.Name}.{member.Name}";
                if (input[payloadName] is { IsNull: false } payload)
                {
                    (body, contentType) = member.Shape.Type switch
                    {
                        "blob" => (Base64(payload, where), null),
                        "string" => (Encoding.UTF8.GetBytes(payload is JString s ? s.Value : payload.ToJson()), TextPayloadContentType),
                        _ => StructurePayload(operation, member, payload, where),
                    };
                }
                else if (member.Shape.Type == "structure" && EmptyStructurePayload() is { } empty)
                {
                    (body, contentType) = empty;
                }
            }
            else if (RestBinding.HasBodyMembers(shape) && BodyMembers(operation, shape, input) is { } members)
            {
                (body, contentType) = members;
            }
        }

        var request = RestBinding.Bind(operation, input, body);
        if (contentType is not null && request.Header("Content-Type") is null)
        {
            request.Headers.Add(new("Content-Type", contentType));
        }

        Complete(operation, request, body);
        return request;
    }

    /// <summary>The content type of a string payload (none when the protocol sends none).</summary>
    protected virtual string? TextPayloadContentType => null;

    /// <summary>The body sent for a structure payload member left out (none by default).</summary>
    protected virtual (byte[] Body, string ContentType)? EmptyStructurePayload() => null;

    /// <summary>A structure (or list, map) payload member in the protocol's format.</summary>
    protected abstract (byte[] Body, string? ContentType) StructurePayload(Operation operation, ShapeMember member, JValue payload, string where);

    /// <summary>The body members of the input in the protocol's format, or null when there is no body to send.</summary>
    protected abstract (byte[] Body, string ContentType)? BodyMembers(Operation operation, Shape shape, JObject input);

    /// <summary>What the protocol adds once the request is bound (e.g. an integrity checksum).</summary>
    protected virtual void Complete(Operation operation, AwsRequest request, byte[] body)
    {
    }

    internal static byte[] Base64(JValue value, string where)
    {
        try
        {
            return Convert.FromBase64String(ProtocolValues.Expect<JString>(value, where, "base64 text").Value);
        }
        catch (FormatException)
        {
            throw new AwsParameterException($"The value of '{where}' must be base64 text");
        }
    }
}
