using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>REST-JSON: the operation's HTTP binding, body members (or the payload member) as JSON.</summary>
internal sealed class RestJsonProtocol : RestProtocol
{
    public static readonly RestJsonProtocol Instance = new();

    protected override string? TextPayloadContentType => "text/plain";

    protected override (byte[] Body, string ContentType)? EmptyStructurePayload() => ("{}"u8.ToArray(), "application/json");

    protected override (byte[] Body, string? ContentType) StructurePayload(Operation operation, ShapeMember member, JValue payload, string where) =>
        (Encoding.UTF8.GetBytes(JsonShapes.Serialize(payload, member.Shape, where).ToJson()), "application/json");

    protected override (byte[] Body, string ContentType)? BodyMembers(Operation operation, Shape shape, JObject input) =>
        (Encoding.UTF8.GetBytes(JsonShapes.Serialize(input, shape, operation.Name).ToJson()), "application/json");

    public override JObject ParseOutput(ServiceModel model, Operation operation, AwsHttpResponse response, OutputStyle style) =>
        RestBinding.ReadOutput(operation, response, style, shape => JsonProtocol.ParseBody(response) is var json && (json is JObject || shape.Type != "structure")
            ? JsonShapes.Parse(json, shape, style)
            : throw Unreadable(response, "a body that is not a JSON object"));

    public override AwsServiceException ParseError(ServiceModel model, Operation operation, AwsHttpResponse response) =>
        JsonErrors.Parse(model, response, JsonProtocol.ParseBodyOrNull(response));
}
