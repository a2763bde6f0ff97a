using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>REST-JSON: the operation's HTTP binding, body members (or the payload member) as JSON.</summary>
internal sealed class RestJsonProtocol : AwsProtocol
{
    public static readonly RestJsonProtocol Instance = new();

    public override AwsRequest Serialize(ServiceModel model, Operation operation, JObject input)
    {
        byte[] body = [];
        string? contentType = null;
        if (operation.Input is { } shape)
        {
            if (shape.Payload is { } payloadName)
            {
                var member = shape.FindMember(payloadName)!;
                if (input[payloadName] is { IsNull: false } payload)
                {
                    (body, contentType) = Payload(member, payload, operation);
                }
                else if (member.Shape.Type == "structure")
                {
                    (body, contentType) = ("{}"u8.ToArray(), "application/json");
                }
            }
            else if (RestBinding.HasBodyMembers(shape))
            {
                body = Encoding.UTF8.GetBytes(JsonShapes.Serialize(input, shape, operation.Name).ToJson());
                contentType = "application/json";
            }
        }

        var request = RestBinding.Bind(operation, input, body);
        if (contentType is not null && request.Header("Content-Type") is null)
        {
            request.Headers.Add(new("Content-Type", contentType));
        }

        return request;
    }

    public override JObject ParseOutput(ServiceModel model, Operation operation, AwsHttpResponse response, OutputStyle style) =>
        RestBinding.ReadOutput(operation, response, style, shape => JsonProtocol.ParseBody(response) is var json && (json is JObject || shape.Type != "structure")
            ? JsonShapes.Parse(json, shape, style)
            : throw Unreadable(response, "a body that is not a JSON object"));

    public override AwsServiceException ParseError(ServiceModel model, Operation operation, AwsHttpResponse response) =>
        JsonErrors.Parse(model, response, JsonProtocol.ParseBodyOrNull(response));

    private static (byte[] Body, string? ContentType) Payload(ShapeMember member, JValue payload, Operation operation) => member.Shape.Type switch
    {
        "blob" => (Base64(payload, $"{operation.Name}.{member.Name}"), null),
        "string" => (Encoding.UTF8.GetBytes(payload is JString s ? s.Value : payload.ToJson()), "text/plain"),
        _ => (Encoding.UTF8.GetBytes(JsonShapes.Serialize(payload, member.Shape, $"{operation.Name}.{member.Name}").ToJson()), "application/json"),
    };

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
